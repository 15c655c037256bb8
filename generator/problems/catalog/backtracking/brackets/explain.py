"""A sample's explanation, computed from the sample: how many strings there are and the first and last ones."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
n, prefix = case["input"].split()
lines = case["output"].split()
if lines == ["-1"]:
    print(f"처음 {len(prefix)}글자가 {prefix}인 올바른 괄호 문자열이 없으므로 -1입니다." if ko
          else f"No balanced string starts with {prefix}, so the answer is -1.")
elif ko:
    print(f"길이 {2 * int(n)}인 올바른 괄호 문자열 중 처음 {len(prefix)}글자가 {prefix}인 것은 {len(lines)}개이며, "
          f"사전 순으로 처음은 {lines[0]}, 마지막은 {lines[-1]}입니다.")
elif len(lines) == 1:
    print(f"Exactly one balanced string of length {2 * int(n)} starts with {prefix}: {lines[0]}.")
else:
    print(f"{len(lines)} balanced strings of length {2 * int(n)} start with {prefix}; in lexicographic order the "
          f"first is {lines[0]} and the last is {lines[-1]}.")
