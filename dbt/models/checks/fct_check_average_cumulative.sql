{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: an annual average growth against the cumulative growth over the same
-- years: (1 + average)^years - 1 agrees with the stated cumulative growth
-- (年均增长6.2% over 2016-2020 against 增长35.1% since 2015). Both figures are
-- on the same price basis, so no disagreement is explained away.
{% set message %}
printf('年均增长%s over %d years compounds to %.2f%% (%.2f..%.2f) against stated 增长%s',
    average_text, years, implied, implied_low, implied_high, cumulative_text)
{% endset %}
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    where {{ reports_to_build() }}
),

averages as (
    select * from {{ ref('int_check_averages') }}
    where {{ reports_to_build() }}
),

cumulative as (
    select * from facts where kind = 'growth' and base_period_id is not null
),

paired as (
    select
        averages.fact_id,
        cumulative.fact_id as cumulative_fact_id,
        row_number() over (
            partition by averages.fact_id
            order by abs(cumulative.char_offset - averages.char_offset), cumulative.fact_id
        ) as pick
    from averages
    inner join cumulative
        on cumulative.report_id = averages.report_id
        and cumulative.indicator = averages.indicator
        and cumulative.status = averages.status
        and cumulative.base_period_id = cast(averages.base_year as varchar)
        and cumulative.period_id in (averages.period_id, cast(averages.end_year as varchar))
        -- Stated together (年均增长6.2%…增长35.1%); across sentences pairs go wrong.
        and cumulative.sentence_offset = averages.sentence_offset
    -- An average over one year is a parse of a yearly growth, not an average.
    where averages.end_year - averages.base_year >= 2
),

implied as (
    select
        averages.fact_id,
        averages.report_id,
        averages.indicator,
        averages.end_year - averages.base_year as years,
        averages.text as average_text,
        cumulative.text as cumulative_text,
        cumulative.value as stated,
        cumulative.stated_low,
        cumulative.stated_high,
        {{ compounded_pct('averages.value', 'averages.end_year - averages.base_year') }} as implied,
        {{ compounded_pct('averages.stated_low', 'averages.end_year - averages.base_year') }} as implied_low,
        {{ compounded_pct('averages.stated_high', 'averages.end_year - averages.base_year') }} as implied_high,
        averages.price_basis,
        [averages.char_offset, cumulative.char_offset] as offsets,
        list_distinct([averages.sentence, cumulative.sentence]) as sentences
    from paired
    inner join averages on averages.fact_id = paired.fact_id
    inner join cumulative on cumulative.fact_id = paired.cumulative_fact_id
    -- Compounding is monotone only above -100%.
    where paired.pick = 1 and averages.stated_low > -100
),

final as (
    select
        {{ check_result_columns('average_cumulative', message=message, status=check_status()) }}
    from implied
)

select * from final
