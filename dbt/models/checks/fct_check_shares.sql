{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    pre_hook="{{ delete_changed_reports() }}",
    post_hook="{{ record_built_reports() }}",
) }}
-- Incremental by report (macros/incremental.sql): only the reports changed since the last build.
-- depends_on: {{ ref('stg_reports') }}
-- Check: a share with its part and its whole (民生领域支出392.2亿元，占一般公共
-- 预算支出的71%) agrees with the whole where the report states it: part / whole
-- against the stated share. The whole is named between 占 and the share in the
-- sentence (else in the parser's indicator 'X占Y比重'); the part is the nearest
-- value before the share in its sentence.
{% set message %}
printf('占%s的%s: part %s / whole %s = %.2f%% (%.2f..%.2f)',
    whole_name, share_text, part_text, whole_text, implied, implied_low, implied_high)
{% endset %}
with facts as (
    select * from {{ ref('int_check_fact_bounds') }}
    where {{ reports_to_build() }}
),

shares as (
    select
        *,
        coalesce(
            nullif(regexp_extract(substr(sentence, 1, char_offset - sentence_offset),
                '占([^，,。；;、]{2,30}?)的?(?:比重|比例|份额)?(?:达到|达|为|超过|突破|超|(?:提高|上升|增|升)(?:到|至))?$', 1), ''),
            nullif(regexp_extract(indicator, '占(.{2,30}?)的?(?:比重|比例|份额)?$', 1), '')
        ) as whole_name
    from facts
    where kind = 'percent'
),

levels as (
    select * from facts where kind = 'value' and indicator <> ''
),

with_part as (
    select
        shares.fact_id,
        part.fact_id as part_fact_id,
        row_number() over (partition by shares.fact_id order by part.char_offset desc, part.fact_id desc) as pick
    from shares
    inner join levels as part
        on part.report_id = shares.report_id
        and part.sentence_offset = shares.sentence_offset
        and part.char_offset < shares.char_offset
    -- 占比 names no whole.
    where shares.whole_name is not null and shares.whole_name not like '比%'
),

with_whole as (
    select
        with_part.fact_id,
        with_part.part_fact_id,
        whole.fact_id as whole_fact_id,
        row_number() over (
            partition by with_part.fact_id
            order by (whole.indicator = shares.whole_name) desc, abs(whole.char_offset - shares.char_offset), whole.fact_id
        ) as pick
    from with_part
    inner join shares on shares.fact_id = with_part.fact_id
    inner join facts as part on part.fact_id = with_part.part_fact_id
    inner join levels as whole
        on whole.report_id = shares.report_id
        and whole.fact_id <> part.fact_id
        and whole.period_id is not distinct from part.period_id
        and whole.base_unit = part.base_unit
        and (whole.indicator = shares.whole_name
             or (length(whole.indicator) >= 4 and shares.whole_name like '%' || whole.indicator)
             or (length(shares.whole_name) >= 4 and whole.indicator like '%' || shares.whole_name))
    where with_part.pick = 1
),

implied as (
    select
        shares.fact_id,
        shares.report_id,
        shares.indicator,
        shares.text as share_text,
        part.text as part_text,
        whole.text as whole_text,
        shares.whole_name,
        shares.value as stated,
        shares.stated_low,
        shares.stated_high,
        part.value_base / whole.value_base * 100 as implied,
        part.stated_low_base / whole.stated_high_base * 100 as implied_low,
        part.stated_high_base / whole.stated_low_base * 100 as implied_high,
        shares.price_basis,
        [part.char_offset, whole.char_offset, shares.char_offset] as offsets,
        list_distinct([part.sentence, whole.sentence, shares.sentence]) as sentences
    from with_whole
    inner join shares on shares.fact_id = with_whole.fact_id
    inner join facts as part on part.fact_id = with_whole.part_fact_id
    inner join facts as whole on whole.fact_id = with_whole.whole_fact_id
    where with_whole.pick = 1 and whole.stated_low_base > 0
),

final as (
    select
        {{ check_result_columns('shares', message=message, status=check_status()) }}
    from implied
)

select * from final
