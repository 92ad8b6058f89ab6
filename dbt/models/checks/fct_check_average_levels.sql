{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: an annual average growth against the levels it joins: the end level
-- in the average's sentence (到2020年达到3500亿元，年均增长6.2%), the start
-- level at its base year anywhere in the report (nearest first); the implied
-- average is (end / start)^(1 / years) - 1. Real (comparable-price) averages
-- may differ from nominal levels: 'explained', with the nominal average shown.
{% set message %}
case status
    when 'explained' then printf('年均增长%s is real growth; %s → %s over %d years imply a nominal average of %.2f%%',
        text, start_text, end_text, years, implied)
    else printf('年均增长%s against %s → %s over %d years: implied %.2f%% (%.2f..%.2f)',
        text, start_text, end_text, years, implied, implied_low, implied_high)
end
{% endset %}
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    where {{ reports_to_build() }}
),

averages as (
    select * from {{ ref('int_check_averages') }}
    where {{ reports_to_build() }}
),

levels as (
    select * from facts where kind = 'value'
),

paired as (
    select
        averages.fact_id,
        start_.fact_id as start_fact_id,
        end_.fact_id as end_fact_id,
        row_number() over (
            partition by averages.fact_id
            order by (start_.sentence_offset = averages.sentence_offset) desc,
                     abs(start_.char_offset - averages.char_offset) + abs(end_.char_offset - averages.char_offset) asc,
                     start_.fact_id asc, end_.fact_id asc
        ) as pick
    from averages
    inner join levels as end_
        on end_.report_id = averages.report_id
        and end_.indicator = averages.indicator
        and end_.sentence_offset = averages.sentence_offset
        and end_.period_id = cast(averages.end_year as varchar)
    inner join levels as start_
        on start_.report_id = averages.report_id
        and start_.indicator = averages.indicator
        and start_.period_id = cast(averages.base_year as varchar)
        and start_.base_unit = end_.base_unit
    where averages.end_year - averages.base_year >= 2 and start_.stated_low_base > 0
),

implied as (
    select
        averages.fact_id,
        averages.report_id,
        averages.indicator,
        averages.text,
        averages.end_year - averages.base_year as years,
        start_.text as start_text,
        end_.text as end_text,
        averages.value as stated,
        averages.stated_low,
        averages.stated_high,
        {{ annualised_pct('end_.value_base', 'start_.value_base', 'averages.end_year - averages.base_year') }} as implied,
        {{ annualised_pct('end_.stated_low_base', 'start_.stated_high_base', 'averages.end_year - averages.base_year') }} as implied_low,
        {{ annualised_pct('end_.stated_high_base', 'start_.stated_low_base', 'averages.end_year - averages.base_year') }} as implied_high,
        averages.price_basis,
        [start_.char_offset, end_.char_offset, averages.char_offset] as offsets,
        list_distinct([start_.sentence, averages.sentence]) as sentences
    from paired
    inner join averages on averages.fact_id = paired.fact_id
    inner join facts as start_ on start_.fact_id = paired.start_fact_id
    inner join facts as end_ on end_.fact_id = paired.end_fact_id
    where paired.pick = 1
),

judged as (
    select
        *,
        {{ check_status(explain_real=true) }} as status
    from implied
),

final as (
    select
        {{ check_result_columns('average_levels', message=message) }}
    from judged
)

select * from final
