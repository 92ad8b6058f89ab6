{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: a stated growth in percent against its stated start and end levels
-- (由2015年的368.7亿元增加到2020年的392.6亿元，增长6.5%). Growth at comparable
-- prices (price_basis 'real': GDP, value added) is expected to differ from the
-- nominal ratio of the levels: 'explained', with the implied nominal growth.
{% set message %}
case status
    when 'pass' then printf('增长%s agrees with %s → %s (implied %.2f%%, %.2f..%.2f)',
        text, start_text, end_text, implied, implied_low, implied_high)
    when 'explained' then printf('增长%s is real growth (comparable prices); %s → %s imply nominal growth of %.2f%%',
        text, start_text, end_text, implied)
    else printf('stated 增长%s, but %s → %s imply %.2f%% (%.2f..%.2f)',
        text, start_text, end_text, implied, implied_low, implied_high)
end
{% endset %}
with changes as (
    select * from {{ ref('int_change_with_levels') }}
    where {{ reports_to_build() }} and kind = 'growth' and unit = '%'
),

implied as (
    select
        *,
        {{ pct_change('end_value', 'start_value') }} as implied,
        {{ pct_change('end_low', 'start_high') }} as implied_low,
        {{ pct_change('end_high', 'start_low') }} as implied_high
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
            'growth_levels', message=message,
            offsets='[start_offset, end_offset, char_offset]',
            sentences='list_distinct([start_sentence, sentence])') }}
    from judged
)

select * from final
