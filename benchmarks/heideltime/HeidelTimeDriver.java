// One JVM for a whole corpus: HeidelTime 2.2.1 standalone, news mode, each document
// with its own creation date. Used by benchmarks/heideltime_peer.py; not part of claimcheck.
//
// Usage: java -cp de.unihd.dbs.heideltime.standalone.jar:. HeidelTimeDriver CONFIG MANIFEST
// MANIFEST lines: input-path TAB yyyy-mm-dd TAB output-path (UTF-8 text in, TimeML out).

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;

public class HeidelTimeDriver {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(
                Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        List<String> lines = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t");
            String text = new String(Files.readAllBytes(Paths.get(f[0])), StandardCharsets.UTF_8);
            Date dct = day.parse(f[1]);
            String out = tagger.process(text, dct);
            Files.write(Paths.get(f[2]), out.getBytes(StandardCharsets.UTF_8));
        }
    }
}
