"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, en = case["params"]["variant"], case["language"] == "en"
values = case["output"].split()
if variant == "paren_check":
    if values[0] == "YES":
        print("Every bracket can be matched, so the answer is YES." if en else "모든 괄호의 짝이 맞으므로 YES입니다.")
    else:
        print("Some bracket cannot be matched, so the answer is NO." if en else "짝이 맞지 않는 괄호가 있으므로 NO입니다.")
elif variant == "multi_brackets":
    yes = values.count("YES")
    print(f"The first string gets {values[0]}; {yes} of the {len(values)} strings are balanced." if en
          else f"첫 번째 문자열의 답은 {values[0]}이고, 문자열 {len(values)}개 중 {yes}개가 올바른 괄호 문자열입니다.")
elif variant == "next_greater":
    first = case["input"].split("\n")[1].split()[0]
    if values[0] == "-1":
        print(f"No value to the right of the first one ({first}) is larger, so its answer is -1." if en
              else f"첫 번째 수 {first}보다 큰 수가 오른쪽에 없으므로 첫 답은 -1입니다.")
    else:
        print(f"The first value larger than {first} to its right is {values[0]}." if en
              else f"첫 번째 수 {first}의 오른쪽에서 처음 나오는 더 큰 수는 {values[0]}입니다.")
elif variant == "histogram":
    print(f"The largest rectangle has area {values[0]}." if en else f"가장 큰 직사각형의 넓이는 {values[0]}입니다.")
