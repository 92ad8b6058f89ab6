-- Targets only: what a report promises, with the bounds its qualifier allows.
with values_ as (
    select * from {{ ref('fct_indicator_values') }}
),

final as (
    select
        fact_id,
        report_id,
        indicator_id,
        indicator,
        period_id,
        base_period_id,
        kind,
        qualifier,
        text,
        value,
        value_high,
        unit,
        lower_bound,
        upper_bound,
        sentence,
        char_offset
    from values_
    where status = 'target'
)

select * from final
