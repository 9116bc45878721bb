import java.io.BufferedReader;
import java.io.InputStreamReader;

/** Double.toString of each double given as 16 hex digits of its bits, one
 *  "bits<TAB>string" line per input line. */
public class DoubleToString {
    public static void main(String[] args) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        for (String line; (line = r.readLine()) != null; ) {
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(line, 16));
            out.append(line).append('\t').append(Double.toString(x)).append('\n');
        }
        System.out.print(out);
    }
}
