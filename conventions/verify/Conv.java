import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** BigDecimal.valueOf(x) and new BigDecimal(x), setScale(n, HALF_UP), one
 *  "valueOf<TAB>new" line per input line, as toPlainString prints them. */
public class Conv {
    public static void main(String[] args) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split("\t");
            double x = Double.parseDouble(f[0]);
            int n = Integer.parseInt(f[1]);
            out.append(BigDecimal.valueOf(x).setScale(n, RoundingMode.HALF_UP).toPlainString())
               .append('\t')
               .append(new BigDecimal(x).setScale(n, RoundingMode.HALF_UP).toPlainString())
               .append('\n');
        }
        System.out.print(out);
    }
}
