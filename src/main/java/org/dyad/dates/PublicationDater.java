package org.dyad.dates;

import org.dyad.article.AnnotatedArticle;
import org.dyad.article.DateMethod;
import org.dyad.article.OfficeTerm;
import org.dyad.article.PublishedDate;

import java.time.LocalDate;
import java.util.List;

/** Placeholder: the given date or nothing (replaced by the dating issue). */
public final class PublicationDater {
    public PublicationDater(List<OfficeTerm> terms, LocalDate today) {
    }

    public PublishedDate date(AnnotatedArticle a) {
        LocalDate d = a.article().givenDate();
        return d == null ? PublishedDate.unknown() : new PublishedDate(d, d, d, DateMethod.GIVEN, "given");
    }
}
