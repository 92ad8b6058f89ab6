{{ config(materialized='view', schema='transform') }}
-- Every stated figure with the interval its printing allows (macros/checks.sql),
-- in the unit as written and in the catalogue's base unit, and its price basis.
with facts as (
    select * from {{ ref('fct_indicator_values') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

halved as (
    select
        facts.*,
        {{ printed_half_unit('facts.text', 'facts.value') }} as half_unit,
        -- value_base / value: 1 where the unit is the base unit (or unknown).
        coalesce(facts.value_base / nullif(facts.value, 0), 1) as base_factor,
        -- dim_indicator: the catalogue's basis, else 'real' for output and value added.
        coalesce(indicators.price_basis, 'nominal') as price_basis
    from facts
    left join indicators on indicators.indicator_id = facts.indicator_id
),

final as (
    select
        *,
        {{ stated_low('value', 'value_high', 'half_unit', 'qualifier') }} as stated_low,
        {{ stated_high('value', 'value_high', 'half_unit', 'qualifier') }} as stated_high,
        {{ stated_low('value', 'value_high', 'half_unit', 'qualifier') }} * base_factor as stated_low_base,
        {{ stated_high('value', 'value_high', 'half_unit', 'qualifier') }} * base_factor as stated_high_base
    from halved
)

select * from final
