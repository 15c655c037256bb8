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
ko, size = case["language"] == "ko", case["texts"]["size"]
tokens = [int(t) for t in case["input"].split()]
h = tokens[1:1 + tokens[0]]
n = len(h)
far = [(i + 1, j + 1) for i in range(n) for j in range(i + 2, n) if max(h[i + 1:j]) <= min(h[i], h[j])]
total = n - 1 + len(far)
shown = ", ".join(f"({i}, {j})" for i, j in far[:12]) + (", ..." if len(far) > 12 else "")
if ko:
    extra = (f" 이웃하지 않은 쌍 중에는 {shown}의 {len(far)}쌍이 서로 볼 수 있습니다"
             f"(사이의 {josa(size, '이/가')} 모두 두 {size} 중 작은 것 이하)."
             if far else f" 이웃하지 않은 쌍은 사이에 {josa(size, '이/가')} 더 큰 쪽이 있어 서로 볼 수 없습니다.")
    print(f"이웃한 {n - 1}쌍은 항상 서로 볼 수 있습니다.{extra} 따라서 모두 {n - 1} + {len(far)} = {total}쌍입니다.")
else:
    extra = (f" Of the pairs further apart, {len(far)} can: {shown} (every {size} between is at most the smaller of the two)."
             if far else f" No pair further apart can: a larger {size} always stands between.")
    print(f"The {n - 1} {'pair' if n == 2 else 'pairs'} of neighbours always see each other.{extra} "
          f"In total {n - 1} + {len(far)} = {total}.")
