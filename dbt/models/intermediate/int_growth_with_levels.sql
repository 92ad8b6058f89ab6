-- A stated growth with the start and end values stated beside it (same report,
-- sentence and indicator; start at the base period, end at the period), and
-- the growth those values imply, as an interval that carries the rounding of
-- every printed figure (half a unit in its last digit).
with facts as (
    select * from {{ ref('stg_facts') }}
),

growth as (
    select * from facts where kind = 'growth' and base_period is not null and period is not null
),

levels as (
    select * from facts where kind = 'value'
),

paired as (
    select
        growth.fact_id as growth_fact_id,
        growth.report_id,
        growth.indicator,
        growth.period,
        growth.base_period,
        growth.value as stated_growth,
        0.5 * pow(10, -growth.decimals) as growth_half_unit,
        start_.fact_id as start_fact_id,
        start_.value as start_value,
        0.5 * pow(10, -start_.decimals) as start_half_unit,
        end_.fact_id as end_fact_id,
        end_.value as end_value,
        0.5 * pow(10, -end_.decimals) as end_half_unit,
        growth.sentence,
        [start_.char_offset, end_.char_offset, growth.char_offset] as offsets,
        row_number() over (partition by growth.fact_id order by start_.char_offset desc, end_.char_offset) as pick
    from growth
    inner join levels as start_
        on start_.report_id = growth.report_id
        and start_.sentence_offset = growth.sentence_offset
        and start_.indicator = growth.indicator
        and start_.period = growth.base_period
        and start_.char_offset < growth.char_offset
    inner join levels as end_
        on end_.report_id = growth.report_id
        and end_.sentence_offset = growth.sentence_offset
        and end_.indicator = growth.indicator
        and end_.period = growth.period
        and end_.unit = start_.unit
        and end_.char_offset > start_.char_offset
        and end_.char_offset < growth.char_offset
    where start_.value > 0
),

final as (
    select
        * exclude (pick),
        (end_value / start_value - 1) * 100 as implied_growth,
        ((end_value - end_half_unit) / (start_value + start_half_unit) - 1) * 100 as implied_low,
        ((end_value + end_half_unit) / (start_value - start_half_unit) - 1) * 100 as implied_high
    from paired
    where pick = 1
)

select * from final
