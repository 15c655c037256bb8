"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


def josa(word, pair):
    """word + the particle of `pair` (이/가, 을/를, 은/는, 과/와, 으로/로) that agrees with how word is read:
    numbers ending in 2, 4, 5, 9 end in a vowel, in 1, 7, 8 in ㄹ (which takes 로), in 0, 3, 6 in a consonant."""
    consonant, vowel = pair.split("/")
    last = str(word)[-1]
    if last.isdigit():
        ending = "ㄹ" if last in "178" else "" if last in "2459" else "C"
    elif "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        ending = "" if final == 0 else "ㄹ" if final == 8 else "C"
    else:
        ending = ""
    return f"{word}{vowel if not ending or (ending == 'ㄹ' and consonant == '으로') else consonant}"


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, q = tokens[0], tokens[1]
points = [(tokens[2 + 2 * i], tokens[3 + 2 * i]) for i in range(n)]
steps = []
for j in range(min(q, 6)):
    x1, y1, x2, y2 = tokens[2 + 2 * n + 4 * j:6 + 2 * n + 4 * j]
    inside = [p for p in points if x1 <= p[0] <= x2 and y1 <= p[1] <= y2]
    listed = ", ".join(f"({x}, {y})" for x, y in inside)
    if ko:
        steps.append(f"{j + 1}번 {texts['area']} [{x1}, {x2}] × [{y1}, {y2}] 안에는 "
                     + (f"{listed}의 {texts['item']} {len(inside)}개가 있습니다." if inside else
                        f"{josa(texts['item'], '이/가')} 없습니다(0)."))
    else:
        steps.append(f"{texts['area'].capitalize()} {j + 1}, [{x1}, {x2}] × [{y1}, {y2}], holds "
                     + (f"{listed}: {len(inside)}." if inside else "none: 0."))
print(" ".join(steps) + (" ..." if q > 6 else ""))
