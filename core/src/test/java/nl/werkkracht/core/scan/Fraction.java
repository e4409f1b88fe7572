package nl.werkkracht.core.scan;

import java.math.BigInteger;

/** An exact rational number, for the differencing attacker (test code). */
record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

    static final Fraction ZERO = of(0);
    static final Fraction ONE = of(1);

    Fraction {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    static Fraction of(long n) {
        return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
    }

    static Fraction of(long n, long d) {
        return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
    }

    Fraction plus(Fraction o) {
        return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Fraction minus(Fraction o) {
        return plus(o.negate());
    }

    Fraction times(Fraction o) {
        return new Fraction(num.multiply(o.num), den.multiply(o.den));
    }

    Fraction dividedBy(Fraction o) {
        return new Fraction(num.multiply(o.den), den.multiply(o.num));
    }

    Fraction negate() {
        return new Fraction(num.negate(), den);
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    int signum() {
        return num.signum();
    }

    @Override
    public int compareTo(Fraction o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
