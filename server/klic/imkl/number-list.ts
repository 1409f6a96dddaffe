/** 10^0 … 10^22: every one is exact in a double, so a division by one of them is correctly rounded. */
const powersOfTen = Array.from({ length: 23 }, (_, exponent) => 10 ** exponent);
/** Below 2^53 every integer is exact in a double. */
const maxExactMantissa = 2 ** 53;

/**
 * The numbers in a white-space separated list such as a gml:posList, exactly as
 * `text.trim().split(/\s+/).map(Number)` gives them (but none for an empty text), without making a
 * string per value: a plain decimal (`-135989.685`) whose digits stay below 2^53 is its digits divided by a
 * power of ten — both exact, so the quotient is the correctly rounded value Number() gives too. Anything
 * else (exponents, '+', 'NaN', digits reaching 2^53) goes to Number(); a list with characters beyond ASCII
 * goes to the plain split.
 */
export function numberList(text: string): number[] {
  const values: number[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) {
      index++;
      continue;
    }
    const start = index;
    const negative = code === 45;
    if (negative) index++;
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = -1;
    let plain = true;
    for (; index < length; index++) {
      code = text.charCodeAt(index);
      if (code >= 48 && code <= 57) {
        mantissa = mantissa * 10 + (code - 48);
        digits++;
        if (fractionDigits >= 0) fractionDigits++;
      } else if (code === 46 && fractionDigits < 0) {
        fractionDigits = 0;
      } else if (isSpace(code)) {
        break;
      } else if (code > 127) {
        return splitList(text);
      } else {
        plain = false;
      }
    }
    if (plain && digits > 0 && mantissa < maxExactMantissa && fractionDigits <= 22) {
      const value = fractionDigits > 0 ? mantissa / (powersOfTen[fractionDigits] as number) : mantissa;
      values.push(negative ? -value : value);
    } else {
      values.push(Number(text.slice(start, index)));
    }
  }
  return values;
}

/** The ASCII white space of /\s/: tab, line feed, vertical tab, form feed, carriage return, space. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function splitList(text: string): number[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/).map(Number);
}
