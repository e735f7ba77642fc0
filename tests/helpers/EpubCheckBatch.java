// Runs EPUBCheck on several books in one JVM (its command line takes one book per run, and a
// JVM start costs more than checking a small book). Used by epubcheck.test.ts:
//   java -Xss1024k -cp /usr/share/java/epubcheck.jar EpubCheckBatch.java a.epub b.epub …
// Prints EPUBCheck's own messages, then one line per book:
//   RESULT<TAB>path<TAB>fatals<TAB>errors<TAB>warnings
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class EpubCheckBatch {
  public static void main(String[] args) {
    System.out.println("EPUBCheck " + EpubCheck.version());
    for (String path : args) {
      DefaultReportImpl report = new DefaultReportImpl(path);
      new EpubCheck(new File(path), report).validate();
      System.out.println("RESULT\t" + path + "\t" + report.getFatalErrorCount() + "\t" + report.getErrorCount() + "\t" + report.getWarningCount());
    }
  }
}
