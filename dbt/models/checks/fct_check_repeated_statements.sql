{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: the same indicator, period, base period, kind and status stated more
-- than once in a report has the same value within the rounding of both figures
-- (in the base unit, so 3500亿元 and 35000000万元 agree). Each statement is
-- compared with the next sentence that states it again.
{% set message %}
printf('%s stated as %s and again as %s', indicator, earlier_text, later_text)
{% endset %}
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    -- A name of under four characters (投资, 项目) names no single quantity:
    -- its figures are different things, not one stated twice.
    where {{ reports_to_build() }} and length(indicator) >= 4 and period_id is not null
),

ranked as (
    -- Statements of one group, numbered by sentence.
    select
        *,
        dense_rank() over (
            partition by report_id, indicator, period_id, base_period_id, kind, status, base_unit
            order by sentence_offset
        ) as sentence_rank
    from facts
),

candidates as (
    -- Each statement against those of the next sentence that states its group
    -- again, keeping the closest figure there (two figures of one indicator in a
    -- sentence are a level and a change, or two sub-items).
    select
        earlier.fact_id as earlier_fact_id,
        later.fact_id as later_fact_id,
        row_number() over (
            partition by earlier.fact_id
            -- fact_id last: two facts can share an offset; the pick must not be left to chance
            order by abs(later.value_base - earlier.value_base), later.char_offset, later.fact_id
        ) as pick
    from ranked as earlier
    inner join ranked as later
        on later.report_id = earlier.report_id
        and later.indicator = earlier.indicator
        and later.period_id = earlier.period_id
        and later.base_period_id is not distinct from earlier.base_period_id
        and later.kind = earlier.kind
        and later.status = earlier.status
        and later.base_unit = earlier.base_unit
        and later.sentence_rank = earlier.sentence_rank + 1
),

pairs as (
    select
        earlier.fact_id,
        earlier.report_id,
        earlier.indicator,
        earlier.text as earlier_text,
        later.text as later_text,
        later.value_base as stated,
        later.stated_low_base as stated_low,
        later.stated_high_base as stated_high,
        earlier.value_base as implied,
        earlier.stated_low_base as implied_low,
        earlier.stated_high_base as implied_high,
        earlier.price_basis,
        earlier.char_offset as earlier_offset,
        later.char_offset as later_offset,
        list_distinct([earlier.sentence, later.sentence]) as sentences
    from candidates
    inner join facts as earlier on earlier.fact_id = candidates.earlier_fact_id
    inner join facts as later on later.fact_id = candidates.later_fact_id
    where candidates.pick = 1
),

final as (
    select
        {{ check_result_columns('repeated_statements', message=message, offsets='[earlier_offset, later_offset]', status=check_status()) }}
    from pairs
)

select * from final
