{{ config(
    materialized='incremental',
    schema='transform',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- A stated change (growth in % or 倍, or a multiple 是…的N倍) with the levels it
-- compares: the same indicator's value at its base period (start) and at its
-- period (end), in the same unit class. The end level must be in the change's
-- sentence (达到X亿元，增长20%); the start may be stated anywhere in the report
-- (last year's actual in the review, this year's target in the plan), nearest
-- first. Pairs with an end level elsewhere went wrong more often than right.
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    where {{ reports_to_build() }}
),

changes as (
    select * from facts
    where kind in ('growth', 'multiple') and period_id is not null and base_period_id is not null
      and indicator <> ''
),

levels as (
    select * from facts where kind = 'value' and indicator <> ''
),

paired as (
    select
        changes.fact_id,
        start_.fact_id as start_fact_id,
        end_.fact_id as end_fact_id,
        row_number() over (
            partition by changes.fact_id
            order by
                (start_.sentence_offset = changes.sentence_offset) desc,
                abs(start_.char_offset - changes.char_offset) + abs(end_.char_offset - changes.char_offset) asc,
                start_.char_offset asc, end_.char_offset asc, start_.fact_id asc, end_.fact_id asc
        ) as pick
    from changes
    inner join levels as start_
        on start_.report_id = changes.report_id
        and start_.indicator = changes.indicator
        and start_.period_id = changes.base_period_id
    inner join levels as end_
        on end_.report_id = changes.report_id
        and end_.indicator = changes.indicator
        and end_.sentence_offset = changes.sentence_offset
        and end_.period_id = changes.period_id
        and end_.base_unit = start_.base_unit
    -- A ratio needs a positive start, even at the low end of its rounding.
    where start_.stated_low_base > 0
),

final as (
    select
        changes.fact_id,
        changes.report_id,
        changes.indicator,
        changes.kind,
        changes.unit,
        changes.text,
        changes.price_basis,
        changes.period_id,
        changes.base_period_id,
        changes.value as stated,
        changes.stated_low,
        changes.stated_high,
        changes.char_offset,
        changes.sentence,
        start_.sentence as start_sentence,
        start_.text as start_text,
        start_.value_base as start_value,
        start_.stated_low_base as start_low,
        start_.stated_high_base as start_high,
        start_.char_offset as start_offset,
        end_.text as end_text,
        end_.value_base as end_value,
        end_.stated_low_base as end_low,
        end_.stated_high_base as end_high,
        end_.char_offset as end_offset
    from paired
    inner join changes on changes.fact_id = paired.fact_id
    inner join facts as start_ on start_.fact_id = paired.start_fact_id
    inner join facts as end_ on end_.fact_id = paired.end_fact_id
    where paired.pick = 1
)

select * from final
