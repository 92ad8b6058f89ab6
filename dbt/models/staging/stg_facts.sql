with source as (
    select * from {{ source('landing', 'facts') }}
),

final as (
    select
        report_id || ':' || cast(fact_seq as varchar) as fact_id,
        report_id,
        fact_seq,
        char_offset,
        text,
        trim(indicator) as indicator,
        kind,
        value,
        value_high,
        -- Digits after the decimal point as printed: the stated precision.
        length(regexp_extract(text, '[0-9０-９]+(?:[.．]([0-9０-９]+))?', 1)) as decimals,
        coalesce(unit, '') as unit,
        period,
        base_period,
        status,
        qualifier,
        sentence,
        sentence_offset,
        section,
        section_role,
        list_id,
        list_size,
        name_rules,
        name_confidence
    from source
)

select * from final
