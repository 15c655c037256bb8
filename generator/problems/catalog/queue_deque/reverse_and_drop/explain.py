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
ko, name = case["language"] == "ko", case["texts"]["line"]
lines = case["input"].split("\n")
line = lines[1].split()
steps, error = [], False
for op in lines[2].strip():
    if op == "R":
        line.reverse()
    elif not line:
        error = True
        break
    else:
        line.pop(0)
    steps.append(f"{op} → {' '.join(line) if line else ('비어 있음' if ko else 'empty')}")
shown = "; ".join(steps[:10]) + ("; ..." if len(steps) > 10 else "")
if error:
    print(f"연산을 차례로 적용하면 {shown}입니다. 다음 D를 적용할 때 {josa(name, '이/가')} 비어 있으므로 "
          f"error입니다." if ko else
          f"Applying the operations in order: {shown}. The next D finds the {name} empty, so the answer is error.")
else:
    result = " ".join(line) if line else "empty"
    print(f"연산을 차례로 적용하면 {shown}이므로 답은 {result}입니다." if ko else
          f"Applying the operations in order: {shown}. So the answer is {result}.")
