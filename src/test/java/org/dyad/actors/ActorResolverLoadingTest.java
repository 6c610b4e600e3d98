package org.dyad.actors;

import org.dyad.knowledge.KnowledgeFiles;
import org.dyad.article.OfficeTerm;
import org.dyad.config.DyadConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorResolverLoadingTest {
    private static final Set<String> BODIES = Set.of("NATO", "EUR", "UNO", "AFU", "ECO", "G7", "IMF", "WBK", "XKX");
    private static final Set<String> SECTORS = Set.of("GOV", "MIL", "LEG", "JUD", "OPP", "REB", "IGO", "SPY", "ELI");

    @Test
    void failsWithOneMessageNamingTheMissingDictionary(@TempDir Path data) throws IOException {
        Path phoenix = Files.createDirectories(data.resolve("phoenix-cameo-dictionaries"));
        Files.writeString(phoenix.resolve("Phoenix.Countries.actors.txt"), "FRANCE_ [FRA]\n");
        assertThatThrownBy(() -> ActorResolver.load(new DyadConfig(data, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Phoenix.International.actors.txt")
                .hasMessageContaining(phoenix.toAbsolutePath().normalize().toString());
    }

    @Test
    void knowledgeFileHasValidCodesAndNoOverlappingTermsInOneOffice() {
        List<OfficeTerm> terms = ActorResolver.load(new DyadConfig(Path.of(System.getProperty("dyad.data", "../shared/data")), 1))
                .officeTerms();
        assertThat(terms).hasSizeGreaterThan(400);
        Set<String> iso = java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3);
        Map<String, OfficeTerm> last = new HashMap<>();
        for (OfficeTerm t : terms) {
            assertThat(iso.contains(t.country()) || BODIES.contains(t.country())).as("country of %s", t).isTrue();
            assertThat(SECTORS).as("sector of %s", t).contains(t.sector());
            assertThat(t.to() == null || !t.to().isBefore(t.from())).as("dates of %s", t).isTrue();
        }
        for (OfficeTerm a : terms) {
            for (OfficeTerm b : terms) {
                if (a == b || OfficeNames.rank(a.office()) == OfficeNames.BY_RANK.size() || !a.office().equals(b.office()) || !a.country().equals(b.country()) || a.person().equals(b.person()))
                    continue;
                // a handover day belongs to both; anything longer is two people in one single-holder office
                boolean overlap = a.from().isBefore(b.from()) && (a.to() == null || a.to().isAfter(b.from()));
                assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }

    /** The 193 UN member states (ISO 3166 alpha-3). */
    private static final Set<String> UN_MEMBERS = Set.of(("AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL "
            + "BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE "
            + "PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY "
            + "HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX "
            + "MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN "
            + "PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK "
            + "SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA "
            + "URY UZB VUT VEN VNM YEM ZMB ZWE").split(" "));
    private static final Set<String> HEADS = Set.of("Monarch", "Supreme Leader", "President", "Prime Minister", "Chancellor");

    @Test
    void knowledgeNamesAHeadOfStateOrGovernmentOfEveryUnMemberState() {
        List<OfficeTerm> terms = ActorResolver.load(new DyadConfig(Path.of(System.getProperty("dyad.data", "../shared/data")), 1))
                .officeTerms();
        assertThat(UN_MEMBERS).hasSize(193);
        Set<String> withHead = new java.util.HashSet<>();
        Set<String> withAny = new java.util.HashSet<>();
        for (OfficeTerm t : terms) {
            withAny.add(t.country());
            if (HEADS.contains(t.office())) withHead.add(t.country());
        }
        assertThat(UN_MEMBERS).allSatisfy(c -> assertThat(withAny).as("office holders of %s", c).contains(c));
        // San Marino's heads of state are two captains regent changed every six months: not listed
        assertThat(UN_MEMBERS).filteredOn(c -> !c.equals("SMR"))
                .allSatisfy(c -> assertThat(withHead).as("head of state or government of %s", c).contains(c));
    }

    @Test
    void gazetteerCodesAreIsoAlpha3OrBodyCodes() {
        Set<String> iso = java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA3);
        for (String[] row : KnowledgeFiles.rows("countries.tsv", 4))
            assertThat(iso.contains(row[0]) || BODIES.contains(row[0])).as("countries.tsv code %s", row[0]).isTrue();
        for (String[] row : KnowledgeFiles.rows("institutions.tsv", 6)) {
            String code = row[1].endsWith("?") ? row[1].substring(0, row[1].length() - 1) : row[1];
            assertThat(code.isEmpty() || iso.contains(code) || BODIES.contains(code)).as("institutions.tsv %s", row[0]).isTrue();
        }
        assertThat(KnowledgeFiles.rows("countries.tsv", 4)).anySatisfy(r -> assertThat(r).containsExactly(
                "GBR", r[1], r[2], "London")).hasSizeGreaterThan(240);
    }
}
