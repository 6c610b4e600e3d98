#!/usr/bin/env python3
"""Builds src/main/resources/org/dyad/actors/countries.tsv once (a maintainer tool, not run by the build).

Inputs: ISO 3166 codes and English names as the JDK lists them (iso.tsv: alpha2, alpha3, name), and
CoreNLP's dcoref demonyms.txt (country, adjectives and demonyms). Hand-written aliases and capitals
below fill the gaps. The generated file is then edited by hand like any other resource."""
import sys, csv
iso_file, demonym_file = sys.argv[1], sys.argv[2]
ALIASES = {
 "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland", "England", "Scotland", "Wales", "Northern Ireland"],
 "USA": ["United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
 "RUS": ["Russia", "Russian Federation"], "CHN": ["China", "People's Republic of China", "PRC", "mainland China"],
 "TWN": ["Taiwan", "Republic of China"], "KOR": ["South Korea", "Republic of Korea", "ROK"],
 "PRK": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
 "COD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
 "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo Republic"],
 "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"], "CZE": ["Czech Republic", "Czechia"],
 "TUR": ["Turkey", "Türkiye", "Turkiye"], "PSE": ["Palestine", "Palestinian Territories", "State of Palestine", "West Bank", "Gaza", "Gaza Strip"],
 "MKD": ["North Macedonia", "Macedonia"], "MMR": ["Myanmar", "Burma"], "SWZ": ["Eswatini", "Swaziland"],
 "CPV": ["Cape Verde", "Cabo Verde"], "TLS": ["East Timor", "Timor-Leste"], "VAT": ["Vatican", "Holy See", "Vatican City"],
 "IRN": ["Iran", "Islamic Republic of Iran"], "SYR": ["Syria"], "LAO": ["Laos"], "VNM": ["Vietnam", "Viet Nam"],
 "BOL": ["Bolivia"], "VEN": ["Venezuela"], "TZA": ["Tanzania"], "MDA": ["Moldova"], "BRN": ["Brunei"],
 "NLD": ["Netherlands", "Holland", "the Netherlands"], "ARE": ["United Arab Emirates", "UAE", "Emirates"],
 "SAU": ["Saudi Arabia", "Saudi"], "BIH": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina"],
 "XKX": ["Kosovo"], "FSM": ["Micronesia"], "KNA": ["Saint Kitts and Nevis"], "STP": ["São Tomé and Príncipe", "Sao Tome and Principe"],
 "UKR": ["Ukraine"], "GEO": ["Georgia"], "IRL": ["Ireland", "Republic of Ireland", "Eire"], "PHL": ["Philippines", "the Philippines"],
 "HKG": ["Hong Kong"], "MAC": ["Macau", "Macao"], "GMB": ["Gambia", "The Gambia"], "BHS": ["Bahamas", "The Bahamas"],
}
CAPITALS = {
 "AFG":"Kabul","ALB":"Tirana","DZA":"Algiers","AND":"Andorra la Vella","AGO":"Luanda","ARG":"Buenos Aires","ARM":"Yerevan",
 "AUS":"Canberra","AUT":"Vienna","AZE":"Baku","BHS":"Nassau","BHR":"Manama","BGD":"Dhaka","BRB":"Bridgetown","BLR":"Minsk",
 "BEL":"Brussels","BLZ":"Belmopan","BEN":"Porto-Novo","BTN":"Thimphu","BOL":"La Paz;Sucre","BIH":"Sarajevo","BWA":"Gaborone",
 "BRA":"Brasília;Brasilia","BRN":"Bandar Seri Begawan","BGR":"Sofia","BFA":"Ouagadougou","BDI":"Gitega","KHM":"Phnom Penh",
 "CMR":"Yaoundé;Yaounde","CAN":"Ottawa","CPV":"Praia","CAF":"Bangui","TCD":"N'Djamena","CHL":"Santiago","CHN":"Beijing;Peking",
 "COL":"Bogotá;Bogota","COM":"Moroni","COD":"Kinshasa","COG":"Brazzaville","CRI":"San José","CIV":"Yamoussoukro;Abidjan",
 "HRV":"Zagreb","CUB":"Havana","CYP":"Nicosia","CZE":"Prague","DNK":"Copenhagen","DJI":"Djibouti","DOM":"Santo Domingo",
 "ECU":"Quito","EGY":"Cairo","SLV":"San Salvador","GNQ":"Malabo","ERI":"Asmara","EST":"Tallinn","SWZ":"Mbabane","ETH":"Addis Ababa",
 "FJI":"Suva","FIN":"Helsinki","FRA":"Paris","GAB":"Libreville","GMB":"Banjul","GEO":"Tbilisi","DEU":"Berlin","GHA":"Accra",
 "GRC":"Athens","GTM":"Guatemala City","GIN":"Conakry","GNB":"Bissau","GUY":"Georgetown","HTI":"Port-au-Prince","HND":"Tegucigalpa",
 "HUN":"Budapest","ISL":"Reykjavik","IND":"New Delhi;Delhi","IDN":"Jakarta","IRN":"Tehran;Teheran","IRQ":"Baghdad","IRL":"Dublin",
 "ISR":"Jerusalem","ITA":"Rome","JAM":"Kingston","JPN":"Tokyo","JOR":"Amman","KAZ":"Astana","KEN":"Nairobi","KWT":"Kuwait City",
 "KGZ":"Bishkek","LAO":"Vientiane","LVA":"Riga","LBN":"Beirut","LSO":"Maseru","LBR":"Monrovia","LBY":"Tripoli","LIE":"Vaduz",
 "LTU":"Vilnius","LUX":"Luxembourg City","MDG":"Antananarivo","MWI":"Lilongwe","MYS":"Kuala Lumpur","MDV":"Malé","MLI":"Bamako",
 "MLT":"Valletta","MRT":"Nouakchott","MUS":"Port Louis","MEX":"Mexico City","MDA":"Chisinau;Chișinău","MCO":"Monaco","MNG":"Ulaanbaatar;Ulan Bator",
 "MNE":"Podgorica","MAR":"Rabat","MOZ":"Maputo","MMR":"Naypyidaw;Naypyitaw","NAM":"Windhoek","NPL":"Kathmandu","NLD":"Amsterdam;The Hague",
 "NZL":"Wellington","NIC":"Managua","NER":"Niamey","NGA":"Abuja","PRK":"Pyongyang","MKD":"Skopje","NOR":"Oslo","OMN":"Muscat",
 "PAK":"Islamabad","PAN":"Panama City","PNG":"Port Moresby","PRY":"Asunción;Asuncion","PER":"Lima","PHL":"Manila","POL":"Warsaw",
 "PRT":"Lisbon","QAT":"Doha","ROU":"Bucharest","RUS":"Moscow","RWA":"Kigali","SAU":"Riyadh","SEN":"Dakar","SRB":"Belgrade",
 "SLE":"Freetown","SGP":"Singapore","SVK":"Bratislava","SVN":"Ljubljana","SOM":"Mogadishu","ZAF":"Pretoria;Cape Town","KOR":"Seoul",
 "SSD":"Juba","ESP":"Madrid","LKA":"Colombo","SDN":"Khartoum","SUR":"Paramaribo","SWE":"Stockholm","CHE":"Bern;Berne","SYR":"Damascus",
 "TWN":"Taipei","TJK":"Dushanbe","TZA":"Dodoma","THA":"Bangkok","TLS":"Dili","TGO":"Lomé;Lome","TTO":"Port of Spain","TUN":"Tunis",
 "TUR":"Ankara","TKM":"Ashgabat","UGA":"Kampala","UKR":"Kyiv;Kiev","ARE":"Abu Dhabi","GBR":"London","USA":"Washington",
 "URY":"Montevideo","UZB":"Tashkent","VEN":"Caracas","VNM":"Hanoi","YEM":"Sanaa;Sana'a","ZMB":"Lusaka","ZWE":"Harare",
 "XKX":"Pristina","PSE":"Ramallah","CYP":"Nicosia","BLR":"Minsk","VAT":"Vatican City",
}
EXTRA_ADJ = {"GBR": ["British", "Briton", "Britons", "UK", "English", "Scottish", "Welsh", "Brit", "Brits"],
             "USA": ["American", "Americans", "US", "U.S."], "XKX": ["Kosovan", "Kosovar", "Kosovars"],
             "NLD": ["Dutch"], "TUR": ["Turkish", "Turks"], "CZE": ["Czech", "Czechs"], "KOR": ["South Korean", "South Koreans"],
             "PRK": ["North Korean", "North Koreans"], "COD": ["Congolese"], "PSE": ["Palestinian", "Palestinians"],
             "CIV": ["Ivorian", "Ivorians"], "SAU": ["Saudi", "Saudis"], "ARE": ["Emirati", "Emiratis"], "PHL": ["Filipino", "Filipinos", "Philippine"],
             "ISR": ["Israeli", "Israelis"], "UKR": ["Ukrainian", "Ukrainians"], "RUS": ["Russian", "Russians"], "IRN": ["Iranian", "Iranians"]}
# demonyms.txt country spellings that differ from the JDK's
DEMONYM_NAME = {"United Kingdom": "GBR", "United States": "USA", "Czech Republic": "CZE", "Burma": "MMR", "Myanmar": "MMR",
                "Ivory Coast": "CIV", "Democratic Republic of the Congo": "COD", "Republic of the Congo": "COG",
                "Macedonia": "MKD", "Swaziland": "SWZ", "Cape Verde": "CPV", "East Timor": "TLS", "Vatican City": "VAT",
                "Palestine": "PSE", "Kosovo": "XKX", "South Korea": "KOR", "North Korea": "PRK", "Taiwan": "TWN",
                "Netherlands": "NLD", "Russia": "RUS", "Iran": "IRN", "Syria": "SYR", "Turkey": "TUR", "Britain": "GBR"}
rows = {}
for line in open(iso_file, encoding="utf-8"):
    a2, a3, name = line.rstrip("\n").split("\t")
    if "-" in name and a3 not in ALIASES:  # "Congo - Kinshasa" style names need hand aliases
        continue
    rows[a3] = {"names": [name.replace("’", "'")], "adj": []}
rows.setdefault("XKX", {"names": [], "adj": []})
byname = {n.lower(): c for c, r in rows.items() for n in r["names"]}
for line in open(demonym_file, encoding="utf-8"):
    if line.startswith("#"):
        continue
    parts = [p for p in line.rstrip("\n").split("\t") if p.strip()]
    if not parts:
        continue
    code = DEMONYM_NAME.get(parts[0]) or byname.get(parts[0].lower())
    if code and code in rows:
        rows[code]["adj"] += [p.strip() for p in parts[1:]]
for code, names in ALIASES.items():
    rows.setdefault(code, {"names": [], "adj": []})
    rows[code]["names"] = names + [n for n in rows[code]["names"] if n not in names and " - " not in n]
for code, adj in EXTRA_ADJ.items():
    rows[code]["adj"] += adj
out = sys.stdout
out.write("# Dyad country gazetteer: one country per line, tab-separated, ';' between alternatives.\n"
          "# code: ISO 3166 alpha-3 (Kosovo XKX). names: names as written in news. adjectives: adjectives and\n"
          "# demonyms (singular and plural). capitals: capitals and seats of government, read as the government\n"
          "# when they act (\"Moscow said\"), not when they are a place (\"in Moscow\").\n"
          "# Generated by tools/make_countries.py from the JDK's ISO 3166 list and CoreNLP's demonyms.txt, then edited.\n"
          "code\tnames\tadjectives\tcapitals\n")
for code in sorted(rows):
    r = rows[code]
    seen = set()
    adj = [a for a in r["adj"] if not (a in seen or seen.add(a))]
    out.write("\t".join([code, ";".join(r["names"]), ";".join(adj), CAPITALS.get(code, "")]) + "\n")
