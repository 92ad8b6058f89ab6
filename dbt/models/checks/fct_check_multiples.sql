{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: a multiple (是2015年的1.4倍, stored 1.4) or a growth in 倍 (增长1.5倍,
-- stored as 150 percent) against the two levels it compares, where the report
-- states both. Real (comparable-price) indicators may differ: 'explained'.
{% set message %}
printf('%s %s against %s → %s: implied %s (%s..%s)%s',
    case when kind = 'multiple' then '是…的' else '增长' end, text, start_text, end_text,
    round(implied, 3)::varchar, round(implied_low, 3)::varchar, round(implied_high, 3)::varchar,
    case status when 'explained' then ' — real growth against nominal levels'
                when 'fail' then ' — disagrees' else '' end)
{% endset %}
with changes as (
    select * from {{ ref('int_change_with_levels') }}
    where {{ reports_to_build() }} and (kind = 'multiple' or (kind = 'growth' and unit = '倍'))
),

implied as (
    select
        *,
        case when kind = 'multiple' then end_value / start_value
             else {{ pct_change('end_value', 'start_value') }} end as implied,
        case when kind = 'multiple' then end_low / start_high
             else {{ pct_change('end_low', 'start_high') }} end as implied_low,
        case when kind = 'multiple' then end_high / start_low
             else {{ pct_change('end_high', 'start_low') }} end as implied_high
    from changes
),

judged as (
    select
        *,
        {{ check_status(explain_real=true) }} as status
    from implied
),

final as (
    select
        {{ check_result_columns(
            'multiples', message=message,
            offsets='[start_offset, end_offset, char_offset]',
            sentences='list_distinct([start_sentence, sentence])') }}
    from judged
)

select * from final
