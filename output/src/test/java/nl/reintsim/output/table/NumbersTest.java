package nl.reintsim.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test void numbersHaveEightSignificantDigitsInPlainNotation() {
        assertEquals("0.48102225", Numbers.format(0.481022253));
        assertEquals("34518.6", Numbers.format(34518.6));
        assertEquals("23000", Numbers.format(2.3e4));
        assertEquals("0.0000012345679", Numbers.format(1.23456789e-6));
    }

    @Test void missingValuesAreEmptyCells() {
        assertEquals("", Numbers.format(Double.NaN));
    }
}
