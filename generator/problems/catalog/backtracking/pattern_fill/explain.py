"""A sample's explanation, computed from the sample: how many ways there are, or which neighbours clash."""
import json
import sys


case = json.load(sys.stdin)
ko = case["language"] == "ko"
s = case["input"].split()[0]
lines = case["output"].split()
holes = s.count("?")
if lines == ["-1"]:
    clash = next((i for i in range(len(s) - 1) if s[i] != "?" and s[i] == s[i + 1]), None)
    if ko:
        why = f"{clash + 1}번째와 {clash + 2}번째 글자가 이미 같으므로" if clash is not None else "어떻게 채워도 같은 글자가 이웃하므로"
        print(f"{why} 가능한 결과가 없어 -1을 출력합니다.")
    else:
        why = (f"characters {clash + 1} and {clash + 2} are already equal" if clash is not None
               else "every filling puts two equal letters next to each other")
        print(f"No completion exists, because {why}, so the answer is -1.")
elif holes == 0:
    print("'?'가 없고 이웃한 두 글자가 모두 다르므로 그대로 출력합니다." if ko
          else "There is no '?' and no two neighbours are equal, so the string is printed as it is.")
elif ko:
    print(f"'?' {holes}개를 채우는 {3 ** holes}가지 방법 중 이웃한 두 글자가 모두 다른 것은 {len(lines)}가지이고, "
          f"사전 순으로 가장 앞선 것은 {lines[0]}입니다.")
else:
    marks = "mark" if holes == 1 else "marks"
    print(f"Of the {3 ** holes} ways to fill the {holes} '?' {marks}, {len(lines)} have no two equal neighbours; "
          f"the lexicographically first is {lines[0]}.")
