"""Too slow: adds 1 to X (as text, digit by digit) until it is a palindrome; the gap can be about 10^(D/2)."""
import sys

digits = list(sys.stdin.read().split()[1])
while True:
    i = len(digits) - 1
    while i >= 0 and digits[i] == "9":
        digits[i] = "0"
        i -= 1
    if i < 0:
        digits.insert(0, "1")
    else:
        digits[i] = chr(ord(digits[i]) + 1)
    if digits == digits[::-1]:
        break
print("".join(digits))
