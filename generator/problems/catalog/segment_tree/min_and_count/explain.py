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
ko = case["language"] == "ko"
lines = case["input"].split("\n")
n, q = map(int, lines[0].split())
a = [int(x) for x in lines[1].split()]
steps = []
for line in lines[2:2 + q]:
    kind, x, y = map(int, line.split())
    if kind == 1:
        a[x - 1] = y
        steps.append(f"{josa(f'a_{x}', '이/가')} {josa(y, '으로/로')} 바뀌어 {' '.join(map(str, a))}" if ko else
                     f"a_{x} becomes {y}: {' '.join(map(str, a))}")
    else:
        part = a[x - 1:y]
        m = min(part)
        steps.append(f"{x}~{y}번은 {' '.join(map(str, part))}, 가장 작은 값 {josa(m, '이/가')} {part.count(m)}개 → {m} "
                     f"{part.count(m)}" if ko else
                     f"{x}..{y} holds {' '.join(map(str, part))}: smallest {m}, {part.count(m)} "
                     f"{'time' if part.count(m) == 1 else 'times'} → {m} {part.count(m)}")
shown = "; ".join(steps[:10]) + ("; ..." if len(steps) > 10 else "")
print(f"연산을 차례로 처리하면 {shown}입니다." if ko else f"The operations in order: {shown}.")
