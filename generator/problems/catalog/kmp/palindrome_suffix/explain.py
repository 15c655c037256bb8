"""A sample's explanation: the letters appended and the palindrome they make, and that fewer cannot do (a witness;
the longest palindromic suffix, the task's key, is not named: a hard task)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), toks[1]
i = next(i for i in range(n) if s[i:] == s[i:][::-1])
added = s[:i][::-1]
if ko:
    fewer = f" {i - 1}글자 이하를 덧붙여서는 팰린드롬을 만들 수 없으므로" if i > 1 else ""
    print(f"`{added}`을(를) 덧붙이면 `{s + added}`이(가) 되어 앞에서 읽으나 뒤에서 읽으나 같습니다.{fewer} 답은 {i}입니다."
          if i else "이미 팰린드롬이므로 답은 0입니다.")
else:
    fewer = f" Appending {i - 1} or fewer letters cannot make a palindrome." if i > 2 else \
        " Appending a single letter cannot make one." if i == 2 else ""
    print(f"Appending `{added}` gives `{s + added}`, which reads the same both ways.{fewer} The answer is {i}."
          if i else "The string is already a palindrome, so the answer is 0.")
