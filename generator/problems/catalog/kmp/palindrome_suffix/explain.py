"""A sample's explanation: the longest palindromic suffix and the resulting palindrome (computed from the sample)."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n, s = int(toks[0]), toks[1]
i = next(i for i in range(n) if s[i:] == s[i:][::-1])
added = s[:i][::-1]
if ko:
    print(f"가장 긴 팰린드롬 접미사는 `{s[i:]}`이므로 `{added}`을(를) 덧붙여 `{s + added}`을(를) 만듭니다. 답은 {i}입니다."
          if i else "이미 팰린드롬이므로 답은 0입니다.")
else:
    print(f"The longest palindromic suffix is `{s[i:]}`, so appending `{added}` gives `{s + added}`. The answer is {i}."
          if i else "The string is already a palindrome, so the answer is 0.")
