-- Check input: does a stated growth agree with its stated start and end values?
-- Growth at comparable prices (real: GDP, value added) is expected to differ
-- from the nominal ratio of the levels: that is 'explained', not an error.
with paired as (
    select * from {{ ref('int_growth_with_levels') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

final as (
    select
        paired.growth_fact_id as check_id,
        paired.*,
        coalesce(indicators.price_basis, 'nominal') as price_basis,
        case
            when paired.stated_growth + paired.growth_half_unit >= paired.implied_low
             and paired.stated_growth - paired.growth_half_unit <= paired.implied_high then 'pass'
            when coalesce(indicators.price_basis, 'nominal') = 'real' then 'explained'
            else 'fail'
        end as outcome
    from paired
    left join indicators on indicators.indicator_name = paired.indicator
)

select * from final
