package org.dyad.validate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * PETRARCH's validation file: its environment (dictionary file names) and its records in
 * order, each carrying the {@code <Config>} directives that precede it.
 */
public record ValidationSuite(Path file, Map<String, String> environment, List<ValidationRecord> records) {

    public ValidationSuite {
        environment = Map.copyOf(environment);
        records = List.copyOf(records);
    }

    /** A dictionary named in {@code <Environment>} ({@code Verbfile}, ...), resolved next to the file. */
    public Path dictionary(String element) {
        String name = environment.get(element);
        if (name == null) throw new IllegalStateException("no <" + element + "> in " + file);
        Path dir = file.toAbsolutePath().getParent();
        return dir.resolve(name.trim());
    }

    public static ValidationSuite read(Path file) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setIgnoringComments(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read validation file " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> env = new HashMap<>();
        NodeList envs = doc.getElementsByTagName("Environment");
        if (envs.getLength() > 0) {
            for (Node n = envs.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && !e.getTagName().equals("Config")) env.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        List<ValidationRecord> records = new ArrayList<>();
        NodeList sentencesList = doc.getElementsByTagName("Sentences");
        if (sentencesList.getLength() == 0) throw new IOException("no <Sentences> in " + file);
        List<Map.Entry<String, String>> pending = new ArrayList<>();
        for (Node n = sentencesList.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (e.getTagName().equals("Config")) {
                pending.add(new AbstractMap.SimpleEntry<>(e.getAttribute("option"), e.getAttribute("value")));
            } else if (e.getTagName().equals("Sentence")) {
                records.add(record(e, records.size(), pending));
                pending = new ArrayList<>();
            }
        }
        return new ValidationSuite(file, env, records);
    }

    private static ValidationRecord record(Element e, int position, List<Map.Entry<String, String>> config) {
        Set<String> expected = new LinkedHashSet<>();
        String error = null;
        NodeList codings = e.getElementsByTagName("EventCoding");
        for (int i = 0; i < codings.getLength(); i++) {
            Element c = (Element) codings.item(i);
            if (c.hasAttribute("error")) error = c.getAttribute("error");
            else if (c.hasAttribute("sourcecode"))
                expected.add(c.getAttribute("sourcecode") + " " + c.getAttribute("targetcode") + " " + c.getAttribute("eventcode"));
        }
        String date = e.getAttribute("date").trim();
        LocalDate d = date.length() == 8
                ? LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(4, 6)),
                Integer.parseInt(date.substring(6, 8)))
                : null;
        String valid = e.hasAttribute("sentence") ? e.getAttribute("sentence") : e.getAttribute("valid");
        return new ValidationRecord(position, e.getAttribute("id"), e.getAttribute("category"), d,
                valid.equalsIgnoreCase("true"), text(e, "Text").replaceAll("\\s+", " ").trim(), text(e, "Parse"),
                expected, error, config);
    }

    private static String text(Element e, String tag) {
        NodeList l = e.getElementsByTagName(tag);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }
}
