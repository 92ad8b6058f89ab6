-- Grain: one stated figure.
with facts as (
    select * from {{ ref('int_facts_normalised') }}
),

final as (
    select
        fact_id,
        report_id,
        md5(indicator) as indicator_id,
        indicator,
        period as period_id,
        base_period as base_period_id,
        kind,
        status,
        qualifier,
        text,
        value,
        value_high,
        unit,
        value_base,
        value_high_base,
        base_unit,
        lower_bound,
        upper_bound,
        char_offset,
        sentence,
        sentence_offset,
        section,
        section_role,
        list_id,
        list_size
    from facts
)

select * from final
