-- Structural checks on the parse, one row per fact: a unit, a period and a status
-- of the contract; a share or rate within [0, 100]; a 分别/各 list with as many
-- values as subjects; a range whose bounds are in order. A false flag is a
-- broken parse, not a finding about the report.
with facts as (
    select * from {{ ref('fct_indicator_values') }}
),

lists as (
    select list_id, count(*) as list_values, max(list_size) as list_size
    from facts
    where list_id is not null
    group by list_id
),

final as (
    select
        facts.fact_id,
        facts.report_id,
        facts.char_offset,
        facts.text,
        facts.indicator,
        facts.kind,
        facts.value,
        facts.unit,
        facts.status,
        facts.sentence,
        facts.list_id,
        lists.list_values,
        lists.list_size,
        coalesce(facts.unit, '') <> '' as has_unit,
        facts.period_id is not null as has_period,
        coalesce(facts.status in ('actual', 'expected', 'target'), false) as has_status,
        -- A share or rate is a level in [0, 100]; only the completion of a plan
        -- (投资完成率129.6%, 完成年度目标任务的113%) may pass 100.
        facts.kind <> 'percent'
            or (facts.value >= 0 and coalesce(facts.value_high >= 0, true)
                and ((facts.value <= 100 and coalesce(facts.value_high <= 100, true))
                     or facts.indicator like '%完成%'
                     or regexp_matches(substr(facts.sentence, 1, facts.char_offset - facts.sentence_offset),
                                       '完成[^，,。；;]{0,20}$'))) as share_in_range,
        -- The parser gives a list id to any group of figures; the check is on 分别 lists.
        facts.list_id is null or strpos(facts.sentence, '分别') = 0
            or lists.list_values = lists.list_size as list_complete,
        -- A range runs from the smaller to the larger figure (both negative for a fall).
        facts.value_high is null
            or (sign(facts.value) * sign(facts.value_high) >= 0 and abs(facts.value) <= abs(facts.value_high)) as bounds_ordered
    from facts
    left join lists on lists.list_id = facts.list_id
)

select * from final
