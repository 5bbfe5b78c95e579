#include "core/message.h"

#include <cmath>

namespace descent {

namespace {

// x·10^k (x > 0) rounded to an integer, ties to even, as printf rounds the exact decimal value: for
// |k| <= 22, 10^|k| is exact and fma gives the product's (or quotient's) exact error, which settles
// a product that rounded onto .5; beyond that the scaling is within a few ulp.
double RoundScaled(double x, int k) {
  while (k > 22) {
    x *= 1e22;
    k -= 22;
  }
  while (k < -22) {
    x /= 1e22;
    k += 22;
  }
  double power = 1;
  for (int i = 0; i < (k < 0 ? -k : k); ++i) power *= 10;  // exact up to 10^22
  double p, error;
  if (k >= 0) {
    p = x * power;
    error = std::fma(x, power, -p);  // exact x·10^k − p
  } else {
    p = x / power;
    // The exact remainder x − p·10^|k|: its sign is that of (quotient − p).
    error = std::fma(-p, power, x);
  }
  const double whole = std::floor(p);
  const double fraction = p - whole;  // exact: p < 2^53 here
  const bool up = fraction > 0.5 ||
                  (fraction == 0.5 && (error > 0 || (error == 0 && std::fmod(whole, 2) != 0)));
  return up ? whole + 1 : whole;
}

}  // namespace

std::string FormatNumber(double value) {
  if (std::isnan(value)) return "nan";
  std::string text = std::signbit(value) ? "-" : "";
  const double x = std::fabs(value);
  if (std::isinf(x)) return text + "inf";
  if (x == 0) return text + "0";
  // Six significant digits: the integer m in [1e5, 1e6) nearest to x·10^(5 − e).
  int e = static_cast<int>(std::floor(std::log10(x)));
  double m = RoundScaled(x, 5 - e);
  if (m >= 1e6) m = RoundScaled(x, 5 - ++e);  // log10 rounded up, or 999999.5 → 1e6
  if (m < 1e5) m = RoundScaled(x, 5 - --e);   // log10 rounded down
  std::string digits = std::to_string(static_cast<long long>(m));  // six digits
  if (e >= -4 && e < 6) {
    // Fixed notation with 6 − 1 − e decimals.
    if (e >= 0) {
      digits.insert(static_cast<size_t>(e) + 1, ".");
    } else {
      digits.insert(0, std::string(static_cast<size_t>(-e), '0'));
      digits.insert(1, ".");
    }
  } else {
    digits.insert(1, ".");
  }
  // Trailing zeros of the fraction go, and the point with them when nothing is left.
  digits.erase(digits.find_last_not_of('0') + 1);
  if (digits.back() == '.') digits.pop_back();
  text += digits;
  if (e < -4 || e >= 6) {
    text += e < 0 ? "e-" : "e+";
    const int magnitude = e < 0 ? -e : e;
    if (magnitude < 10) text += '0';
    text += std::to_string(magnitude);
  }
  return text;
}

std::string DescribeValue(const char* what, double value) {
  return what + (", got " + FormatNumber(value));
}

std::string CheckFinite(double value, const char* name) {
  if (std::isfinite(value)) return "";
  return std::string(name) + " must be a finite number, got " + FormatNumber(value);
}

std::string CheckRange(double value, double low, double high, const char* name) {
  std::string message = CheckFinite(value, name);
  if (!message.empty() || (value >= low && value <= high)) return message;
  return std::string(name) + " must be between " + FormatNumber(low) + " and " +
         FormatNumber(high) + ", got " + FormatNumber(value);
}

std::string UnknownName(const char* what, const std::string& name,
                        const std::vector<std::string>& choices) {
  std::string list;
  for (const std::string& choice : choices) list += (list.empty() ? "" : ", ") + choice;
  return std::string("Unknown ") + what + " '" + name + "'. Choose one of: " + list + ".";
}

}  // namespace descent
