{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Every fact with the structural rules of the parse it keeps or breaks, and the
-- rule that quarantines it. A fact that breaks one (a share outside [0, 100], a
-- 分别 list whose values and subjects disagree in number, no unit, no status of
-- the contract, a range out of order) is a broken parse, not a finding about the
-- report: it stays in the warehouse, flagged (is_quarantined, quarantine_rule),
-- and the marts analysts query by default (targets, attainment) leave it out.
-- A missing period is no break (the contract allows it where the text gives no
-- way to tell): it is only flagged.
with facts as (
    select * from {{ ref('int_facts_normalised') }}
    where {{ reports_to_build() }}
),

lists as (
    select list_id, count(*) as list_values, max(list_size) as list_size
    from facts
    where list_id is not null
    group by list_id
),

flagged as (
    select
        facts.*,
        lists.list_values,
        coalesce(facts.unit, '') <> '' as has_unit,
        facts.period is not null as has_period,
        coalesce(facts.status in ('actual', 'expected', 'target'), false) as has_status,
        -- A share or rate is a level in [0, 100]; only the completion of a plan
        -- (投资完成率129.6%, 完成年度目标任务的113%) and an index on a base of 100
        -- (居民消费价格指数103.6%: prices rose 3.6%) may pass 100.
        facts.kind <> 'percent'
            or (facts.value >= 0 and coalesce(facts.value_high >= 0, true)
                and ((facts.value <= 100 and coalesce(facts.value_high <= 100, true))
                     or facts.indicator like '%完成%'
                     or facts.indicator like '%指数'
                     or regexp_matches(substr(facts.sentence, 1, facts.char_offset - facts.sentence_offset),
                                       '完成[^，,。；;]{0,20}$'))) as share_in_range,
        -- The parser gives a list id to any group of figures; the check is on 分别 lists.
        facts.list_id is null or strpos(facts.sentence, '分别') = 0
            or lists.list_values = lists.list_size as list_complete,
        -- A range runs from the smaller to the larger figure (both negative for a fall).
        facts.value_high is null
            or (sign(facts.value) * sign(facts.value_high) >= 0
                and abs(facts.value) <= abs(facts.value_high)) as bounds_ordered
    from facts
    left join lists on lists.list_id = facts.list_id
),

final as (
    select
        * exclude (list_size),
        list_size,
        case
            when not has_unit then 'has_unit'
            when not has_status then 'has_status'
            when not share_in_range then 'share_in_range'
            when not list_complete then 'list_complete'
            when not bounds_ordered then 'bounds_ordered'
        end as quarantine_rule,
        not (has_unit and has_status and share_in_range and list_complete and bounds_ordered) as is_quarantined
    from flagged
)

select * from final
