package nl.reintsim.output.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers look in every output: eight significant digits, plain notation, dot as decimal mark. */
public final class Numbers {
    private static final MathContext PRECISION = new MathContext(8, RoundingMode.HALF_EVEN);

    private Numbers() { }

    /** Empty text for NaN, so spreadsheets see an empty cell rather than a word. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return "";
        if (value == 0) return "0";
        BigDecimal rounded = new BigDecimal(value).round(PRECISION).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
