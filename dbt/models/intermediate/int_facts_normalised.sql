-- Every fact with its value in the unit catalogue's base unit and the bounds
-- its qualifier and range allow. A qualifier speaks of the size of a change:
-- 下降3.4%以上 (value -3.4, more_than) is a fall of at least 3.4, so its upper
-- bound is -3.4; for a negative value more_than and less_than swap sides.
with facts as (
    select * from {{ ref('stg_facts') }}
),

units as (
    select * from {{ ref('stg_units') }}
),

bounded as (
    select
        facts.*,
        coalesce(units.base_unit, facts.unit) as base_unit,
        coalesce(units.factor, 1) as unit_factor,
        coalesce(units.unit_class, case when facts.unit = '' then 'none' else 'unknown' end) as unit_class,
        units.unit is not null as unit_known,
        case
            when facts.value_high is not null then least(facts.value, facts.value_high)
            when facts.qualifier in ('exact', 'about') then facts.value
            when facts.qualifier = 'more_than' and facts.value >= 0 then facts.value
            when facts.qualifier = 'less_than' and facts.value < 0 then facts.value
        end as lower_bound,
        case
            when facts.value_high is not null then greatest(facts.value, facts.value_high)
            when facts.qualifier in ('exact', 'about') then facts.value
            when facts.qualifier = 'less_than' and facts.value >= 0 then facts.value
            when facts.qualifier = 'more_than' and facts.value < 0 then facts.value
        end as upper_bound
    from facts
    left join units on facts.unit = units.unit
),

final as (
    select
        *,
        value * unit_factor as value_base,
        value_high * unit_factor as value_high_base,
        lower_bound * unit_factor as lower_bound_base,
        upper_bound * unit_factor as upper_bound_base,
        -- The kind of quantity, which the indicator classification must fit
        -- (int_indicator_matches, seed indicators.level_classes): ratio for a
        -- growth, share, rate or multiple; number for a bare number (万, '') or a
        -- unit the catalogue lacks, which could be anything; else the unit class
        -- of the level (money, people, count …).
        case
            when kind <> 'value' or unit_class = 'ratio' then 'ratio'
            when unit_class in ('unknown', 'none') or base_unit = '1' then 'number'
            else unit_class
        end as quantity
    from bounded
)

select * from final
