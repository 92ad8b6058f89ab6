{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: a part does not exceed the total it belongs to (全市…投资X亿元，其中
-- 工业投资Y亿元: Y <= X). The total is the nearest value before 其中 in the
-- sentence; each value after it in the same sentence, period, status and unit
-- class is a part. A part above the total (beyond rounding) is a finding.
{% set message %}
printf('其中 %s %s is %.1f%% of the total %s %s', indicator, part_text, implied, total_indicator, total_text)
{% endset %}
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    where {{ reports_to_build() }}
),

split as (
    select distinct report_id, sentence_offset, sentence, string_split(sentence, '其中') as pieces
    from facts
    where strpos(sentence, '其中') > 0
),

marked as (
    -- Where each 其中 of a sentence falls in the report's text.
    select
        report_id,
        sentence_offset,
        sentence,
        cast(sentence_offset + list_sum(list_transform(pieces[1:i], lambda p: length(p))) + 2 * (i - 1) as integer)
            as qizhong_offset
    from (select *, unnest(range(1, len(pieces))) as i from split)
),

totals as (
    -- The total: the nearest value before 其中 in the same clause (no ；between).
    select
        marked.qizhong_offset,
        marked.sentence as marked_sentence,
        facts.*,
        row_number() over (partition by facts.report_id, marked.qizhong_offset order by facts.char_offset desc, facts.fact_id desc) as pick
    from marked
    inner join facts
        on facts.report_id = marked.report_id
        and facts.sentence_offset = marked.sentence_offset
        and facts.char_offset < marked.qizhong_offset
        and facts.kind = 'value'
        -- 比上年增加1500亿元 is a change, not the total the parts belong to.
        and not regexp_matches(substr(facts.sentence, 1, facts.char_offset - facts.sentence_offset),
                               '(增加|减少|增长|下降|多|少)$')
),

parts as (
    select
        totals.fact_id as total_fact_id,
        part.fact_id,
        part.report_id,
        part.indicator,
        part.text as part_text,
        totals.text as total_text,
        totals.indicator as total_indicator,
        part.value_base as part_value,
        part.stated_low_base as part_low,
        part.stated_high_base as part_high,
        totals.value_base as total_value,
        totals.stated_low_base as total_low,
        totals.stated_high_base as total_high,
        part.value_base / totals.value_base * 100 as implied,
        part.price_basis,
        [totals.char_offset, part.char_offset] as offsets,
        [part.sentence] as sentences
    from totals
    inner join facts as part
        on part.report_id = totals.report_id
        and part.sentence_offset = totals.sentence_offset
        and part.char_offset > totals.qizhong_offset
        -- The parts follow 其中 up to the end of its clause (；) or the next 其中.
        and not regexp_matches(
            substr(totals.marked_sentence, totals.qizhong_offset - totals.sentence_offset + 3,
                   part.char_offset - totals.qizhong_offset - 2),
            '[；;。]|其中')
        and part.kind = 'value'
        and part.base_unit = totals.base_unit
        and part.period_id is not distinct from totals.period_id
        and part.status = totals.status
    where totals.pick = 1 and totals.value_base > 0
        and not regexp_matches(
            substr(totals.marked_sentence, totals.char_offset - totals.sentence_offset + 1,
                   totals.qizhong_offset - totals.char_offset),
            '[；;。]')
),

final as (
    select
        {{ check_result_columns(
            'parts_within_totals', message=message,
            stated='part_value', stated_low='part_low', stated_high='part_high',
            implied='total_value', implied_low='total_low', implied_high='total_high',
            status="(case when part_low <= total_high then 'pass' else 'fail' end)") }}
    from parts
)

select * from final
