"""Build small synthetic reports around a sentence for construct tests."""
from dagster_project.parsing.report import parse_report

HEAD = "某某市2021年政府工作报告\n——2021年1月20日在某某市第九届人民代表大会第三次会议上\n\n各位代表：\n\n"


def report(review_year: str = "", review_plan: str = "", plan_targets: str = "", year_targets: str = "") -> str:
    parts = [HEAD]
    if review_plan:
        parts.append("一、“十三五”时期工作回顾\n\n" + review_plan + "\n\n")
    if review_year:
        parts.append("二、2020年工作回顾\n\n" + review_year + "\n\n")
    if plan_targets:
        parts.append("三、“十四五”时期主要目标任务\n\n" + plan_targets + "\n\n")
    if year_targets:
        parts.append("四、2021年主要工作\n\n" + year_targets + "\n\n")
    parts.append("各位代表！让我们团结奋斗！\n")
    return "".join(parts)


def facts(text: str, report_id: str = "test-2021"):
    return parse_report(report_id, text).facts


def one(text: str, number_text: str, report_id: str = "test-2021"):
    """The facts whose number starts the first occurrence of ``number_text``."""
    off = text.index(number_text)
    return [f for f in facts(text, report_id) if f.offset == off]
