-- Check: the same indicator, period, base period, kind and status stated more
-- than once in a report has the same value within the rounding of both figures
-- (in the base unit, so 3500亿元 and 35000000万元 agree). Each statement is
-- compared with the next one of its group.
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    where indicator <> '' and period_id is not null
),

ordered as (
    select
        *,
        lead(fact_id) over grp as next_fact_id
    from facts
    window grp as (
        partition by report_id, indicator, period_id, base_period_id, kind, status, base_unit
        order by char_offset, fact_id
    )
),

pairs as (
    select
        later.fact_id,
        earlier.report_id,
        earlier.indicator,
        earlier.text as earlier_text,
        later.text as later_text,
        later.value_base as stated,
        later.stated_low_base as stated_low,
        later.stated_high_base as stated_high,
        earlier.value_base as implied,
        earlier.stated_low_base as implied_low,
        earlier.stated_high_base as implied_high,
        earlier.price_basis,
        earlier.char_offset as earlier_offset,
        later.char_offset as later_offset,
        list_distinct([earlier.sentence, later.sentence]) as sentences
    from ordered as earlier
    inner join facts as later on later.fact_id = earlier.next_fact_id
    -- Two figures at one offset are one statement shared by several subjects (各).
    where later.char_offset <> earlier.char_offset
),

final as (
    select
        fact_id as check_id,
        'repeated_statements' as check_name,
        report_id,
        fact_id,
        indicator,
        [earlier_offset, later_offset] as offsets,
        stated,
        stated_low,
        stated_high,
        implied,
        implied_low,
        implied_high,
        price_basis,
        case when {{ intervals_agree('stated_low', 'stated_high', 'implied_low', 'implied_high') }}
             then 'pass' else 'fail' end as status,
        case when {{ intervals_agree('stated_low', 'stated_high', 'implied_low', 'implied_high') }}
             then 'info' else 'warning' end as severity,
        printf('%s stated as %s and again as %s', indicator, earlier_text, later_text) as message,
        sentences
    from pairs
)

select * from final
