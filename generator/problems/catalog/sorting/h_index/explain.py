"""A sample's explanation from its input: how many values reach h and how many reach h + 1, as the definition asks."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
c = sorted(map(int, toks[1:1 + n]), reverse=True)
h = int(case["output"].split()[0])


def listed(values):
    return ", ".join(map(str, values[:8])) + (", …" if len(values) > 8 else "")


reach = [x for x in c if x >= h]  # at least h values reach h
above = [x for x in c if x >= h + 1]  # fewer than h + 1 reach h + 1
if ko:
    if h == 0:
        print("1 이상인 값이 하나도 없으므로 답은 0입니다.")
    else:
        rest = (f"{h + 1} 이상인 값은 {listed(above)}의 {len(above)}개뿐이라 {h + 1}개에 못 미칩니다." if above else
                f"{h + 1} 이상인 값은 없습니다.")
        print(f"{h} 이상인 값은 {listed(reach)}의 {len(reach)}개로 {h}개 이상이고, {rest} 따라서 답은 {h}입니다.")
else:
    if h == 0:
        print("No value is at least 1, so the answer is 0.")
    else:
        rest = (f"only {len(above)} {'is' if len(above) == 1 else 'are'} at least {h + 1} ({listed(above)}), fewer than "
                f"{h + 1}, so {h + 1} does not." if above else f"none is at least {h + 1}.")
        print(f"{len(reach)} {'value is' if len(reach) == 1 else 'values are'} at least {h} ({listed(reach)}), so {h} "
              f"works; {rest} The answer is {h}.")
