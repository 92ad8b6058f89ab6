-- Check: a stated growth in percent against its stated start and end levels
-- (由2015年的368.7亿元增加到2020年的392.6亿元，增长6.5%). Growth at comparable
-- prices (price_basis 'real': GDP, value added) is expected to differ from the
-- nominal ratio of the levels: 'explained', with the implied nominal growth.
with changes as (
    select * from {{ ref('int_change_with_levels') }}
    where kind = 'growth' and unit = '%'
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
        fact_id as check_id,
        'growth_levels' as check_name,
        report_id,
        fact_id,
        indicator,
        [start_offset, end_offset, char_offset] as offsets,
        stated,
        stated_low,
        stated_high,
        implied,
        implied_low,
        implied_high,
        price_basis,
        status,
        {{ check_severity('status') }} as severity,
        case status
            when 'pass' then printf('增长%s agrees with %s → %s (implied %.2f%%, %.2f..%.2f)',
                text, start_text, end_text, implied, implied_low, implied_high)
            when 'explained' then printf('增长%s is real growth (comparable prices); %s → %s imply nominal growth of %.2f%%',
                text, start_text, end_text, implied)
            else printf('stated 增长%s, but %s → %s imply %.2f%% (%.2f..%.2f)',
                text, start_text, end_text, implied, implied_low, implied_high)
        end as message,
        list_distinct([start_sentence, sentence]) as sentences
    from judged
)

select * from final
