/** Chinese, Simplified (简体中文). */
import type { Messages } from './messages';

export function zh(): Messages {
  return {
    languageName: '简体中文',
    currency: '¥',
    units: { hours: '小时', minutes: '分钟' },
    tabs: {
      metrics: '月度指标',
      volume: '工单量',
      formulas: '公式与定义',
      team: '团队',
      weekly: '每周',
      sla: '按优先级的 SLA',
      tickets: '工单',
    },
    weekly: {
      title: '每周回顾 {year}',
      intro:
        '来自“工单”工作表的最近 13 周（周一至周日）。首次响应时间按工单创建所在周计算，CSAT 按解决所在周计算；积压为周末仍未解决的工单。各周随今天变化；在黄色单元格中输入一个星期一即可固定。',
      noExtract: '按周统计需要“工单”工作表：BigQuery 提取数据只有月份。',
      latest: '最近一周的开始日期',
      week: '周',
      columns: {
        start: '开始日期',
        created: '新建工单',
        solved: '已解决工单',
        frt: '平均首次响应时间（小时）',
        frt_median: '首次响应时间中位数（小时）',
        csat: 'CSAT（好评 %）',
        backlog: '周末未解决',
      },
      dateFormat: 'yyyy"年"m"月"d"日"',
    },
    sla: {
      title: '按优先级的 SLA {year}',
      intro:
        '首次回复和解决达到其优先级目标的工单：首次回复按工单创建的月份，解决按工单解决的月份，与第 1 个工作表统计时间的方式相同。请在黄色单元格中输入每个优先级的目标（小时）。',
      noExtract: '按优先级的 SLA 需要“工单”工作表：BigQuery 提取数据中没有优先级。',
      fromDesk:
        '如果工单带有服务台自己的 SLA 状态（“工单”工作表的 First reply SLA met 和 Resolution SLA met 列），则按该状态统计；其他工单按其时间与目标比较。',
      fromTimes: '每张工单的时间与其优先级的目标比较：“工单”工作表没有服务台的 SLA 状态。',
      month: '月份',
      priority: '优先级',
      targets: { frt: '首次回复目标（小时）', res: '解决目标（小时）' },
      columns: {
        frt_n: '首次回复数',
        frt_met: '目标内的首次回复',
        frt_pct: '首次回复 SLA 达成率（%）',
        res_n: '解决数',
        res_met: '目标内的解决',
        res_pct: '解决 SLA 达成率（%）',
      },
      other: '其他优先级',
      none: '无优先级',
      all: '全部工单',
      defaults:
        '新的优先级初始目标为（首次回复，解决）：紧急或严重 1 小时和 4 小时，高 4 小时和 24 小时，普通或中 8 小时和 72 小时，低 24 小时和 120 小时，其他 8 小时和 72 小时。不是数字的目标会被标出，其所在行和“全部工单”留空。',
    },
    backlog: {
      heading: '月末积压工单账龄',
      at: '统计时刻',
      ages: {
        lt1: '不到 1 天',
        d1: '1 至 3 天',
        d3: '3 至 7 天',
        d7: '7 至 30 天',
        d30: '30 天及以上',
      },
      total: '未解决工单',
      oldest: '最久未解决（天）',
      note: '每月月末（当月为此刻）仍未解决的工单，按已开启时长分组；数据来自“工单”工作表。“1 至 3 天”含 1 天、不含 3 天。',
    },
    report: {
      title: '客户服务报告 {year}',
      intro:
        '请在黄色的“输入”单元格中填写每月数据，“指标”部分会自动计算。目标由您自行设定：绿色表示达到目标，红色表示未达到。',
      metric: '指标',
      inputs: '输入',
      metrics: '指标',
      target: '目标',
      goodWhen: '期望方向',
      ytd: '年初至今',
      volumeTitle: '工单量 {year}',
      volumeIntro: '每月按类别和渠道统计的工单数。折线图显示增长的类别和突增。',
      byCategory: '按类别统计的工单',
      byChannel: '按渠道统计的工单',
      total: '合计',
      share: '占比',
      difference: '与新建工单数（月度指标）的差额',
      formulasTitle: '公式与定义',
      formulasIntro: '每个指标的定义和公式。修改黄色单元格即可使用计算器；初始值为指南中的示例。',
      definition: '定义',
      formula: '公式',
      source: '来源',
      result: '结果',
      customFunction: '自定义函数',
      noFunction: '在“月度指标”工作表中跟踪',
      protectedWarning: '由 Support Metrics 计算。请修改输入，或重新生成报告。',
      validationCount: '请输入 0 或更大的整数。',
      validationAmount: '请输入 0 或更大的数字。',
      validationNumber: '请输入数字。',
      confidence: '变化行的置信水平',
      change: '较上月变化',
      margin: '误差范围（±）',
      changePoints: '变化（点）',
      changeNote:
        '如何解读变化：只有当变化超过上方置信水平下的误差范围时才会着色（绿色为上升，红色为下降）。未着色的变化可能只是偶然；回答越少，误差范围越宽。“年初至今”一列与上一期的报告比较。',
      pValue: 'p 值（仅凭偶然出现这种变化的概率）',
      verdict: '结论',
      verdictReal: '真实变化：超出了随机波动',
      verdictNoise: '可能只是随机波动：变化在误差范围之内',
      calculatorBelow: '计算器见下方',
      fromTickets: '（来自“工单”工作表）',
      fromSheet: '（来自“{sheet}”工作表）',
      timeStatistics: {
        frt: { median: '首次响应时间中位数', p90: '首次响应时间第 90 百分位数' },
        resolution_time: { median: '解决时间中位数', p90: '解决时间第 90 百分位数' },
      },
      monthsCounted: '计入月数',
      staleTickets: '有新工单：请更新报告',
      input: '参数 {n}',
      value: '数值',
    },
    team: {
      title: '团队 {period}',
      intro:
        '按所选月份和年初至今已解决的工单，列出每位客服和每个组的数据。请在黄色单元格中选择月份和首次回复目标。定义见“公式与定义”工作表。',
      month: '月份',
      target: '首次回复目标（小时）',
      agents: '客服',
      groups: '组',
      chosenMonth: '所选月份',
      others: '其他（含未分配）',
      all: '全部已解决工单',
      chart: '各客服已解决工单数（所选月份）',
      validationMonth: '请选择报告中的月份。',
      extractTarget:
        '提取的数据按 {hours} 小时统计首次回复是否达标：请在此输入该目标，或用您的目标重新复制“按客服和组”查询。',
      definitions: '“团队”工作表',
      columns: {
        solved: {
          name: '已解决工单',
          definition: '该客服或该组在本期内解决的工单。其他各列都基于这些工单计算。',
          formula: '解决时间在本期内的工单',
        },
        frt: {
          name: '平均首次响应时间（小时）',
          definition:
            '在有首次回复的已解决工单中，从创建到首次回复的平均时间（导入时若选择了工作时间，则按工作时间计）。',
          formula: '首次响应时长之和 / 有首次响应时长的工单数',
        },
        frt_median: {
          name: '首次响应时间中位数（小时）',
          definition:
            '在有首次回复的已解决工单中，居中的首次响应时间：一半工单更快得到回复，一半更慢。Zendesk 和 Intercom 显示的就是它；少数很慢的工单会拉高平均值，但不影响中位数。“团队”工作表读取 BigQuery 提取数据时为空（其汇总中没有中位数）。',
          formula: '首次响应时长的中位数（个数为偶数时取中间两个的平均值）',
        },
        frt_p90: {
          name: '首次响应时间第 90 百分位数（小时）',
          definition:
            '在有首次回复的已解决工单中，十分之九在这个时间内得到回复；最慢的十分之一等得更久。它显示平均值和中位数掩盖的等待。“团队”工作表读取 BigQuery 提取数据时为空（其汇总中没有百分位数）。',
          formula:
            '首次响应时长的第 90 百分位数（PERCENTILE 取 0.9：落在两个相邻时长之间时按比例取值）',
        },
        resolution: {
          name: '平均解决时间（小时）',
          definition: '从工单创建到解决的平均时间（导入时若选择了工作时间，则按工作时间计）。',
          formula: '解决时长之和 / 有解决时长的工单数',
        },
        resolution_median: {
          name: '解决时间中位数（小时）',
          definition:
            '已解决工单居中的解决时间：一半工单解决得更快，一半更慢。“团队”工作表读取 BigQuery 提取数据时为空（其汇总中没有中位数）。',
          formula: '解决时长的中位数（个数为偶数时取中间两个的平均值）',
        },
        resolution_p90: {
          name: '解决时间第 90 百分位数（小时）',
          definition:
            '已解决工单中十分之九在这个时间内解决；最慢的十分之一用时更长。“团队”工作表读取 BigQuery 提取数据时为空（其汇总中没有百分位数）。',
          formula:
            '解决时长的第 90 百分位数（PERCENTILE 取 0.9：落在两个相邻时长之间时按比例取值）',
        },
        within: {
          name: '达标首次回复（%）',
          definition: '在有首次回复的已解决工单中，首次回复在“团队”工作表顶部所设目标之内的比例。',
          formula: '首次响应时长 ≤ 目标的工单数 / 有首次响应时长的工单数 × 100',
          of: '有首次回复',
        },
        csat: {
          name: 'CSAT（好评 %）',
          definition: '在评价为“好”或“差”的已解决工单中，“好”所占的比例；未评价的工单不计入。',
          formula: '好 / (好 + 差) × 100',
          of: '已评价',
        },
        one_touch: {
          name: '一次解决（%）',
          definition:
            '已解决工单中，客服只回复一次即解决且从未重开（或导出中标记为首次联系即解决）的比例。',
          formula: '一次解决的工单数 / 回复次数已知的已解决工单数 × 100',
          of: '回复次数已知',
        },
        reopened: {
          name: '重开（%）',
          definition: '已解决工单中至少被重新打开过一次的比例。',
          formula: '至少重开一次的工单数 / 重开次数已知的已解决工单数 × 100',
          of: '重开次数已知',
        },
      },
    },
    differ: {
      title: '为什么我们的数字可能与客服系统的不同',
      intro:
        '当这里的数字与客服系统仪表板上的数字不一致时，请逐项比较。每一行说明本报告的做法；对于我们能识别的客服系统，还说明其文档中的定义及来源。',
      check: '比较项',
      inReport: '本报告',
      asDesk: '{desk} 的统计方式',
      undocumented:
        '导入未应用 {desk} 自己的定义：沿用上面报告的定义。请逐项与 {desk} 的报告比较。',
      deskCheck: '{desk}：{check}',
      checks: {
        population: {
          name: '工单相同吗？',
          ours: '“{tickets}”工作表中的每张工单都会计入。从我们能识别的客服系统导入时，会像该系统一样排除相应工单，除非您选择保留；导入摘要会列出每类的数量。',
        },
        solved: {
          name: '月份相同吗？',
          ours: '工单按创建日期计入创建月份，按解决日期计入解决月份。',
        },
        clock: {
          name: '时长口径相同吗？',
          ours: '时长按日历时间计算；若导入使用了导出文件的工作时间列，则按工作时间计算。',
        },
        statistic: {
          name: '统计量相同吗？',
          ours: '“{metrics}”工作表显示首次响应时间和解决时间的平均值、中位数和第 90 百分位数。每一行按各自的目标着色；指南中的公式是平均值。',
        },
        zone: {
          name: '时区相同吗？',
          ours: '导入按为其选择的时区读取导出文件中的时间；月份从电子表格时区的午夜开始。',
        },
        freshness: {
          name: '时间点相同吗？',
          ours: '报告统计最近一次导入的工单，不会自动同步；导入较新的导出文件即可更新。',
        },
        oneTouch: {
          name: '一次解决相同吗？',
          ours: '一次解决：恰好一次客服回复且从未重新打开，占已解决工单的比例。',
        },
        sla: {
          name: 'SLA 一样吗？',
          ours: '“{sla}”工作表：每张工单的首次回复和解决时间与为其优先级输入的目标比较；若“工单”工作表带有服务台自己的 SLA 状态，则按该状态；首次回复按创建月份，解决按解决月份。',
        },
      },
      desks: {
        zendesk: {
          population: {
            desk: 'Explore 中没有已删除的工单，被标记为垃圾的工单会被删除。合并到其他工单的工单会被关闭，因此算作已解决；团队常会排除带 closed_by_merge 标签的工单。',
            ours: '已删除的工单、垃圾工单以及带 closed_by_merge 标签的工单在导入时不计入，除非您选择保留。',
          },
          solved: {
            desk: '工单只算一次已解决，计入最近一次解决所在的月份，且仅在其仍为已解决或已关闭时计入：三月解决、重新打开、四月再次解决的工单计入四月。',
            ours: '只有当工单状态为已解决或已关闭时，其解决日期才计入；导入摘要会列出被搁置的重新打开工单数量。',
          },
          clock: {
            desk: '响应时间和解决时间同时按日历时间和工作时间保存；每个报告显示其指标所指的那一种。',
          },
          statistic: {
            desk: '响应时间和解决时间默认显示为中位数，除非报告选择了其他聚合方式。',
          },
          zone: {
            desk: 'Explore 按每位查看者个人资料中的时区显示时间，“过去 7 天”截至昨天。CSV 导出使用账户的时区。',
          },
          freshness: {
            desk: 'Explore 按套餐每天或每小时同步数据，因此仪表板与在其他时间导出的文件可能包含不同的工单。',
          },
          oneTouch: {
            desk: '一次解决：客服回复少于两次（包括零次）的已解决工单，占已解决工单的比例。客户一句“谢谢”使工单重新打开，不影响其计入。',
            ours: '按 Zendesk 的口径：客服回复少于两次的工单在导入时标记为一次解决，不论是否重新打开。',
          },
          sla: {
            desk: 'SLA 达成率是已达成的目标除以已达成与已违反的目标之和，按策略和指标分别计算。计时在某些状态下暂停并遵循工作时间表，仍在进行的目标不计，已删除的工单计入。',
            ours: 'Zendesk 的工单导出没有 SLA 状态，因此“{sla}”工作表把每张工单的时间与那里输入的目标比较：只有目标和计时与其策略一致时，才接近 Zendesk 的数字。',
          },
        },
        freshdesk: {
          population: {
            desk: '报告只统计已分配给客服或组的工单，并排除垃圾工单和被合并的次要工单。',
            ours: '已删除的工单、垃圾工单以及既无客服也无组的工单在导入时不计入，除非您选择保留。导出文件不标记被合并的次要工单，因此它们会被计入。',
          },
          solved: {
            desk: '已解决的工单计入其解决日期所在的期间，无论创建日期为何（其姊妹产品 Freshservice 的文档如此说明）。',
          },
          clock: {
            desk: '首次响应时间和解决时间按工作时间（组的日历）计算，报告和导出文件的“(in hrs)”列均如此。',
          },
          statistic: {
            desk: '时长显示为平均值，与本报告的平均值行相同。',
          },
          oneTouch: {
            desk: '首次联系即解决有两种文档定义：通过首次回复解决，或在客户未回复的情况下解决。本报告沿用自己的定义。',
          },
        },
        intercom: {
          statistic: {
            desk: '响应时间和解决时间默认显示为中位数。',
          },
        },
      },
    },
    warehouse: {
      heading: '工单在 BigQuery 中？',
      intro:
        '工单多到一个电子表格装不下时：按上方所选期间、以本电子表格的时区，在 BigQuery 中计算同样的工单数据。',
      query: '语句',
      source: '数据表',
      table: '数据表（dataset.table）',
      target: '首次回复目标（小时）',
      queries: {
        monthly: '月度数据',
        breakdown: '按类别、渠道、客服、组',
        team: '按客服和组（“团队”工作表）',
        weekly: '每周（“每周”工作表）',
        sla: '按优先级的 SLA（SLA 工作表）',
        backlog: '按时长的积压（第 2 个工作表）',
      },
      sources: { tickets: 'Support Metrics 工单表', dbt_zendesk: 'dbt_zendesk 工单指标' },
      steps:
        '复制后，在表格中依次选择：数据 ▸ 数据连接器 ▸ 连接到 BigQuery ▸ 您的项目 ▸ 自定义查询。粘贴，点击“连接”，再“提取”到新工作表。',
      badTable:
        '请按 dataset.table 或 project.dataset.table 的格式填写数据表（字母、数字、_ 和 -）。',
      badTarget: '请以大于 0 的小时数输入目标。',
    },
    monthYear: '{year}年{month}',
    months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    categories: {
      sales: '销售咨询',
      technical: '技术问题',
      cancellation: '取消',
      return: '退货',
      shipping: '配送',
      availability: '产品库存',
      other: '其他',
    },
    channels: {
      email: '电子邮件',
      phone: '电话',
      chat: '在线聊天',
      social: '社交媒体',
      other: '其他',
    },
    inputs: {
      promoters: 'NPS 推荐者（9–10）',
      passives: 'NPS 被动者（7–8）',
      detractors: 'NPS 贬损者（0–6）',
      csat_satisfied: 'CSAT 满意回答（5 分制中 4–5 分）',
      csat_responses: 'CSAT 回答数',
      surveys_offered: 'CSAT 已发送调查数',
      ces_sum: 'CES 分数总和（1–7）',
      ces_responses: 'CES 回答数',
      customers_start: '期初客户数（S）',
      customers_end: '期末客户数（E）',
      customers_new: '新客户数（N）',
      customers_lost: '流失客户数',
      spend: '销售和营销支出',
      customers_acquired: '获取的客户数',
      avg_purchase: '平均购买金额',
      purchase_frequency: '每位客户每年购买次数',
      lifespan: '客户生命周期（年）',
      frt_hours: '首次响应时间合计（小时）',
      frt_tickets: '已首次回复的工单',
      resolution_hours: '解决时间合计（小时）',
      open_start: '期初未结工单',
      tickets_created: '新建工单',
      tickets_resolved: '已解决工单',
      tickets_first_contact: '首次联系即解决',
    },
    metrics: {
      nps: {
        name: '净推荐值（NPS）',
        definition:
          '客户向他人推荐您的可能性，按 0–10 分提问。推荐者回答 9–10 分，被动者 7–8 分，贬损者 0–6 分。',
        formula: 'NPS = 推荐者 % − 贬损者 %（−100 至 100）',
        source:
          '斯洛文尼亚语、俄语、罗马尼亚语和芬兰语指南；中文指南未涉及。示例（70% − 10% = 60）出自俄语指南。芬兰语指南称量表为 1–10，实为 0–10。',
        inputs: ['推荐者（9–10）', '被动者（7–8）', '贬损者（0–6）'],
      },
      nps_moe: {
        name: 'NPS 误差范围',
        definition: '根据回答人数，真实 NPS 与测得值可能相差的分数。样本越小，误差范围越宽。',
        formula:
          '误差 = z × √((p + d − (p − d)²) / n) × 100，其中 p、d 为推荐者和贬损者占比，n 为回答数',
        source: '比例之差的标准误；指南中没有，为谨慎解读小样本而添加。',
        inputs: ['推荐者（9–10）', '被动者（7–8）', '贬损者（0–6）', '置信水平（如 0.95）'],
      },
      nps_change: {
        name: 'NPS 的变化是真实的吗？',
        definition:
          '根据每期的回答人数，判断两期之间 NPS 的变化是否大于偶然因素所能造成的变化。每月只有几百份回答时，NPS 仅因偶然就会变动好几个点。',
        formula:
          '变化 = NPS₂ − NPS₁；误差范围 = z × √(v₁ + v₂) × 100，其中 v = (p + d − (p − d)²) / n；p 值 = 2 × (1 − Φ(|变化| / (√(v₁ + v₂) × 100)))',
        source:
          '五份指南均未涉及；这是对 NPS 方差的双样本检验，NPS_MOE 对单期使用同样的方差。示例由我们编写：280 份回答中先是 160/84/36，后是 136/85/59，变化为 −16.8 ± 12.4 点（p ≈ 0.008）：确实下降了。',
        inputs: [
          '推荐者，前一期',
          '被动者，前一期',
          '贬损者，前一期',
          '推荐者，后一期',
          '被动者，后一期',
          '贬损者，后一期',
          '置信水平（如 0.95）',
        ],
      },
      csat: {
        name: '客户满意度（CSAT）',
        definition: '调查中表示满意的回答所占比例：5 分制中的 4 或 5 分（任何量表中最高的两档）。',
        formula: 'CSAT = 满意回答数 / 全部回答数 × 100',
        source:
          '斯洛文尼亚语、俄语、罗马尼亚语和芬兰语指南；示例（50 个回答中 30 个满意 = 60%）出自俄语指南。',
        inputs: ['满意回答数', '全部回答数'],
      },
      csat_change: {
        name: 'CSAT 的变化是真实的吗？',
        definition: '根据每期的回答人数，判断两期之间 CSAT 的变化是否大于偶然因素所能造成的变化。',
        formula:
          '变化 = CSAT₂ − CSAT₁（百分点）；误差范围 = z × √(s₁(1 − s₁) / n₁ + s₂(1 − s₂) / n₂) × 100；p 值的算法同 NPS',
        source:
          '五份指南均未涉及；这是两个比例的双样本检验。示例由我们编写：先是 300 份回答中 240 份满意，后是 300 份中 222 份，变化为 −6.0 ± 6.7 点（p ≈ 0.08）：可能只是随机波动。',
        inputs: [
          '满意的回答，前一期',
          '全部回答，前一期',
          '满意的回答，后一期',
          '全部回答，后一期',
          '置信水平（如 0.95）',
        ],
      },
      csat_average: {
        name: '平均满意度分数',
        definition: 'CSAT 回答的平均分，适用于报告平均分而非满意比例的团队。',
        formula: '平均分 = 分数总和 / 回答数',
        source:
          '罗马尼亚语指南（平均满意度）；斯洛文尼亚语、俄语和芬兰语指南则统计满意回答（CSAT）。',
        inputs: ['分数总和', '回答数'],
      },
      ces: {
        name: '客户费力度（CES）',
        definition:
          '解决问题的难易程度，按 1–7 分评分，7 表示“非常容易”（越高越好）。请按此方向提问。',
        formula: 'CES = 分数总和 / 回答数',
        source:
          '俄语指南（1–7 分，平均值）；斯洛文尼亚语指南提及。俄语和罗马尼亚语指南问的是花了多少力气，分数高反而不好；我们问的是有多容易：分数越高越好。',
        inputs: ['分数总和', '回答数'],
      },
      ces_percent: {
        name: 'CES，认为容易的比例',
        definition: '同意“公司让我轻松解决了问题”的回答所占比例：5 分制中的 4–5 分。',
        formula: 'CES % = 不低于 agree_from 的回答数 / 全部回答数 × 100',
        source: '芬兰语指南。',
        inputs: ['同意的回答（4–5）', '全部回答数'],
      },
      response_rate: {
        name: '问卷回复率',
        definition: '已发送的调查中得到客户回复的比例。',
        formula: '回复率 = 已回复问卷数 / 已发送问卷数 × 100',
        source:
          '五份指南中没有这种形式：俄语指南的“反馈回复率”是企业回复的客户评价所占比例。我们的是问卷回复的比例。',
        inputs: ['已回复问卷数', '已发送问卷数'],
      },
      crr: {
        name: '客户留存率（CRR）',
        definition: '期初客户中到期末仍保留的比例，不计期间新增的客户。',
        formula: 'CRR = ((E − N) / S) × 100；S 为期初，E 为期末，N 为期间新增',
        source:
          '斯洛文尼亚语、俄语和芬兰语指南；示例分别出自俄语指南（S 200、E 200、N 20 → 90%）和芬兰语指南（S 100、E 90、N 15 → 75%）。',
        inputs: ['期初客户数（S）', '期末客户数（E）', '新客户数（N）'],
      },
      churn: {
        name: '客户流失率',
        definition: '期初客户中在期间流失的比例。',
        formula: '流失率 = 流失客户数 / 期初客户数 × 100（等于 100 − CRR）',
        source:
          '斯洛文尼亚语、俄语、罗马尼亚语和芬兰语指南；示例（250 个中流失 20 个 → 8%）出自俄语指南。',
        inputs: ['流失客户数', '期初客户数'],
      },
      cac: {
        name: '客户获取成本（CAC）',
        definition: '赢得一位新客户所需的销售和营销成本。',
        formula: 'CAC = 销售和营销支出 / 获取的客户数',
        source: '芬兰语指南（示例：10 000 美元 / 20 000 = 0.50 美元）。',
        inputs: ['销售和营销支出', '获取的客户数'],
      },
      clv: {
        name: '客户终身价值（CLV）',
        definition: '一位普通客户在整个合作期间带来的价值。',
        formula: 'CLV = 平均购买金额 × 每年购买次数 × 生命周期年数（净值再减去 CAC）',
        source:
          '斯洛文尼亚语、俄语和芬兰语指南；示例（50 美元 × 5 × 3 = 750 美元）出自俄语指南；芬兰语指南减去 CAC。',
        inputs: ['平均购买金额', '每年购买次数', '生命周期（年）'],
      },
      clv_historical: {
        name: '历史 CLV',
        definition: '一位客户实际带来的价值：其购买总额乘以平均毛利率。',
        formula: '历史 CLV = 购买总额 × 毛利率',
        source: '俄语指南。',
        inputs: ['购买总额', '毛利率（%）'],
      },
      referral_rate: {
        name: '推荐率',
        definition: '因他人推荐而来的客户所占比例。',
        formula: '推荐率 = 经推荐而来的客户 / 全部客户 × 100',
        source: '斯洛文尼亚语和俄语指南。',
        inputs: ['经推荐而来的客户', '全部客户'],
      },
      frt: {
        name: '平均首次响应时间',
        definition: '从工单创建到首次人工回复的时间，按已得到回复的工单取平均。',
        formula: '平均首次响应时间 = 首次响应时间合计 / 已首次回复的工单数',
        source:
          '斯洛文尼亚语、俄语、罗马尼亚语和芬兰语指南。俄语指南除以已解决工单数；我们除以已得到回复的工单数。',
        inputs: ['首次响应时间合计（小时）', '已首次回复的工单'],
      },
      response_time: {
        name: '平均响应时间',
        definition: '回复任意一条客户消息（不仅是第一条）所用的时间，按咨询数取平均。',
        formula: '平均响应时间 = 响应时间合计 / 咨询数',
        source: '俄语、芬兰语和中文指南。',
        inputs: ['响应时间合计（小时）', '咨询数'],
      },
      resolution_time: {
        name: '平均解决时间',
        definition: '从工单创建到完全解决的时间，按已解决工单取平均。',
        formula: '平均解决时间 = 已解决工单的时间合计 / 已解决工单数',
        source: '斯洛文尼亚语、俄语、罗马尼亚语和芬兰语指南。',
        inputs: ['解决时间合计（小时）', '已解决工单'],
      },
      business_hours: {
        name: '工作时间（营业时间）',
        definition:
          '两个时刻之间只计入工作时间的时长，客服系统就是这样报告首次响应时间和解决时间的。夜间、周末和节假日不计入。',
        formula: '工作时间 = [开始, 结束] 中逐日落在排班时段内的部分',
        source:
          '五份指南均未涉及；排班规则参照客服系统（Zendesk）的定义。常见的 NETWORKDAYS.INTL 加 MOD 公式在边界处出错：排班为 09:00–17:00 时，周一 08:00→18:00 得出 600 分钟（正确为 480），周五 20:00→周一 08:00 得出 −240（正确为 0）。本计算器对周一至周五的单一时段使用修正后的公式；BUSINESS_HOURS 支持任意排班、节假日和时区。',
        inputs: [
          '开始（日期和时间）',
          '结束（日期和时间）',
          '上班时间（点钟）',
          '下班时间（点钟）',
        ],
      },
      aht: {
        name: '平均处理时长（AHT）',
        definition: '客服处理一次联系所用的时间：通话、保持和事后处理。',
        formula: 'AHT = (通话时间合计 + 保持时间合计 + 事后处理时间合计) / 处理的联系次数',
        source: '斯洛文尼亚语指南。',
        inputs: [
          '通话时间合计（分钟）',
          '保持时间合计（分钟）',
          '事后处理时间合计（分钟）',
          '处理的联系次数',
        ],
      },
      avg_wait: {
        name: '平均等待时间（ASA）',
        definition: '客户等待客服接听的时间，按已服务的联系取平均。',
        formula: '平均等待时间 = 等待时间合计 / 已接待的联系次数',
        source: '俄语指南（示例：500 分钟 / 200 次联系 = 2.5 分钟）；斯洛文尼亚语指南称之为 ASA。',
        inputs: ['等待时间合计（分钟）', '已接待的联系次数'],
      },
      service_level: {
        name: '服务水平',
        definition: '在目标时间内接听的联系所占比例，例如 20 秒内接听 80%。',
        formula: '服务水平 = 在目标时间内接听的联系次数 / 全部联系次数 × 100',
        source: '斯洛文尼亚语指南。',
        inputs: ['在目标时间内接听', '全部联系次数'],
      },
      fcr: {
        name: '首次联系解决率（FCR）',
        definition: '已解决工单中在首次联系时即解决、无需后续跟进的比例。',
        formula: 'FCR = 首次联系即解决的工单 / 已解决工单 × 100',
        source: '芬兰语指南，与我们一样除以已解决工单数；俄语指南只提及名称，未给公式。',
        inputs: ['首次联系即解决', '已解决工单'],
      },
      resolution_rate: {
        name: '总体解决率',
        definition: '期间全部工单中已解决的比例。全部工单 = 期初未结工单 + 新建工单。',
        formula: '解决率 = 已解决工单 / (期初未结 + 新建) × 100',
        source:
          '斯洛文尼亚语和芬兰语指南；已更正：芬兰语指南写作已解决 / 未解决，那是比值而非比率。',
        inputs: ['已解决工单', '期初未结工单', '新建工单'],
      },
      abandon_rate: {
        name: '放弃率',
        definition: '未得到服务的联系所占比例：来电者挂断或遇到忙音。',
        formula: '放弃率 = 放弃的联系次数 / 呼入联系次数 × 100',
        source: '斯洛文尼亚语指南（“阻塞”：未获服务的来电）。',
        inputs: ['放弃的联系次数', '呼入联系次数'],
      },
      ticket_volume: {
        name: '工单量',
        definition: '期间收到的工单数量；第 2 个工作表按类别和渠道细分。',
        formula: '工单量 = 期间新建的工单数',
        source: '芬兰语指南（按类别）；斯洛文尼亚语指南（按渠道）。',
        inputs: ['新建工单'],
      },
      backlog: {
        name: '积压工单（未结工单）',
        definition: '期末仍未关闭的工单。',
        formula: '积压 = 期初未结 + 新建 − 已解决',
        source: '斯洛文尼亚语指南（未结案件、工单积压）。',
        inputs: ['期初未结工单', '新建工单', '已解决工单'],
      },
      reopen_rate: {
        name: '重开率',
        definition:
          '解决后至少被重新打开过一次的工单所占的比例。比例高说明问题在真正解决之前就被关闭了。',
        formula: '重开率 = 至少重开一次的工单数 / 全部工单数 × 100',
        source:
          '五份指南均未涉及；客服系统（Zendesk、Freshdesk）根据每张工单的重开次数报告此指标。示例由我们编写。',
        inputs: ['至少重开一次的工单', '全部工单'],
      },
      one_touch_rate: {
        name: '一次解决率',
        definition: '客服只回复一次即解决、且从未重开的工单所占比例：客户一次就得到了所需的答复。',
        formula: '一次解决率 = 客服回复一次且未重开的工单数 / 全部工单数 × 100',
        source:
          '五份指南均未涉及；客服系统（Zendesk）根据客服回复次数和重开次数报告此指标。示例由我们编写。',
        inputs: ['一次解决的工单', '全部工单'],
      },
    },
    sidebar: {
      title: 'Support Metrics',
      reportHeading: '月度报告',
      year: '年份',
      firstMonth: '起始月份',
      language: '语言',
      currency: '货币',
      generate: '生成月度报告',
      ticketsFrom: '工单数据来源',
      ticketsTab: '“工单”工作表',
      generating: '正在生成报告…',
      created: '报告已在 {seconds} 秒内创建。',
      updated: '报告已在 {seconds} 秒内更新。您输入或添加的内容均已保留。',
      openReport: '打开报告',
      reportTabs: '其工作表：',
      failed: '未能生成报告：',
      functionsHeading: '函数',
      search: '搜索函数',
      noMatch: '没有匹配的函数。',
      copy: '复制',
      copied: '已复制',
      example: '示例',
    },
    import: {
      heading: '导入工单',
      intro:
        '从 Zendesk、Freshdesk、Intercom、HubSpot 或 Jira Service Management 导出的 CSV，或任何工单列表。只保留指标所需的数据：不保留主题、消息、姓名或电子邮件地址。',
      choose: '选择 CSV 文件',
      drop: '或拖放到这里',
      recognised: '{desk} 导出文件：{rows} 行。',
      unknown: '无法识别的导出文件（{rows} 行）。请指定每一列的内容：',
      guessed: '{desk} 导出文件（其他格式或语言）：{rows} 行。请检查每一列的内容：',
      fields: {
        id: '工单 ID（必填）',
        created: '创建时间（必填）',
        first_reply_at: '首次回复时间',
        solved: '解决时间',
        updated: '更新时间',
        status: '状态',
        channel: '渠道',
        category: '类别',
        rating: '满意度评价',
        reopens: '重新打开次数',
        replies: '客服回复数',
        first_contact: '首次联系即解决（是/否）',
        frt: '首次响应时长',
        frt_business: '首次响应时长（工作时间）',
        resolution: '解决时长',
        resolution_business: '解决时长（工作时间）',
        assignee: '受理人（客服）',
        group: '组',
        priority: '优先级',
        tags: '标签',
        brand: '品牌',
        form: '工单表单',
        frt_sla: '首次回复 SLA 状态（服务台自带）',
        resolution_sla: '解决 SLA 状态（服务台自带）',
      },
      notInFile: '— 文件中没有 —',
      zone: '未注明时区的时间按此时区处理',
      business: '报告中使用工作时间内的时长',
      keepAgents: '保留客服姓名（用于“团队”工作表）',
      start: '导入',
      cancel: '取消',
      progress: '已发送 {done} / {total} 个工单',
      done: '完成：新增 {added} 个，更新 {updated} 个，未变 {unchanged} 个；“工单”工作表中共有 {total} 个工单。',
      rejected: '有 {count} 行无法读取，已略过：',
      duplicates: '文件中重复已有工单的行：{count}。每个工单只导入一次，取最后更新的那一行。',
      keepExcluded: '保留已删除、垃圾和已合并的工单（客服系统不计入这些工单）',
      excluded: {
        deleted: '未计入已删除的工单：{count}（状态为 Deleted），与 {desk} 一致。',
        spam: '未计入垃圾工单：{count}（状态或标签为“spam”），与 {desk} 一致。',
        merged:
          '未计入已合并到其他工单的工单：{count}（标签 closed_by_merge）。{desk} 将其算作已关闭，团队通常会将其排除。',
        unassigned: '未计入既无客服也无组的工单：{count}，与 {desk} 一致。',
      },
      keptExcluded:
        '已按您的选择保留已删除、垃圾和已合并的工单：{count}。报告会计入它们，{desk} 不会。',
      unsolved:
        '重新打开后尚未再次解决的工单：{count}。与 {desk} 一样，它们在再次解决之前不算已解决。',
      applied: {
        oneTouch:
          '按 {desk} 的口径统计一次解决：客服回复少于两次的已解决工单，即使曾因客户一句“谢谢”而重新打开。',
        stillSolved:
          '按 {desk} 的口径统计已解决：计入最近一次解决所在的月份，且仅限当前仍为已解决或已关闭的工单。',
      },
      fallback: {
        oneTouch:
          '文件中没有“{column}”列：一次解决按报告的定义统计（恰好一次客服回复且从未重新打开），而不是 {desk} 的定义。',
        stillSolved:
          '文件中没有“{column}”列：即使工单之后重新打开，其解决日期仍会计入；{desk} 只计入仍为已解决的工单。',
        byStatus: '文件中没有“{column}”列：无法区分已删除和垃圾工单，它们会被计入。',
        byTag:
          '文件中没有“{column}”列：无法区分已合并的工单（标签 closed_by_merge），它们会被计入。',
        unassigned: '文件中没有“{column}”列：无法区分既无客服也无组的工单，它们会被计入。',
      },
      fed: '报告从此文件统计：{inputs}。',
      unfed: '仍需您手动输入：{inputs}。导出文件中如有“{column}”这样的列，即可提供这些数据。',
      cancelled: '导入已取消，“工单”工作表未作更改。',
      row: '第 {row} 行：{reason}',
      reasons: {
        noId: '缺少工单 ID',
        badDate: '{field} 的值“{value}”不是有效日期',
        noCreated: '缺少创建日期',
        beforeCreated: '{field} 早于工单创建时间',
        longId: '工单 ID 超过 200 个字符',
        farDate: '{field} 的值“{value}”不在 2000 至 2099 年之间',
      },
      errors: {
        empty: '文件为空。',
        headersOnly: '文件只有表头，没有工单。',
        binary: '这不是文本文件（CSV）。请将工单导出为 CSV 后重试。',
        pdf: '这是 PDF 文件。请将工单导出为 CSV 后重试。',
        noId: '没有包含工单 ID 的列。',
        noCreated: '没有包含创建日期的列。',
        noDates: '文件中的创建日期都无法读取。',
        summary:
          '此文件是汇总表（每位客服、每个组、每个区间或每周一行），不是工单列表。请改为导出工单列表：每个工单一行，包含其 ID 和创建时间。',
        summaryExplore:
          '这是 Zendesk Explore 汇总表（每位客服、每个区间或每周一行），不是工单列表。请在 Explore 中基于 Support: Tickets 数据集新建报告，将 Ticket ID 和 Ticket created - Timestamp 放入行（再加上 Ticket solved - Timestamp、Ticket channel、Ticket satisfaction rating 和 First reply time），然后下载为 CSV。',
        tooLarge: '文件中的工单太多，一个电子表格放不下（Sheets 最多允许 1000 万个单元格）。',
        unreadable: '无法读取该文件。',
        payload: '导入发送了插件不接受的内容。',
      },
      reportUpdated: '{period} 的报告现在从“工单”工作表获取工单数据。',
    },
    menu: {
      openSidebar: '打开侧边栏',
      generate: '生成月度报告',
      help: '帮助',
      helpText:
        '在任意单元格中输入 =NPS(B2:B500)、=CRR(S, E, N) 等函数，或在侧边栏中生成月度报告。报告只使用内置公式，因此副本和 .xlsx 下载也能正常使用。',
    },
    errors: {
      busy: '此文件中正在生成另一份报告，请稍后再试。',
      year: '请选择 2000 至 2100 之间的年份。',
      firstMonth: '请选择 1 至 12 之间的起始月份。',
      language: '请选择列表中的一种语言。',
      currency: '请输入 1 至 12 个字符的货币，例如 ¥ 或 CNY。',
      unexpected: '发生意外错误。您的工作表没有任何改动。',
      moved:
        '未做任何更改。工作表“{tab}”中的标签已与所在行错位（共 {count} 行；第 {row} 行显示“{found}”，应为“{expected}”）：排序或移动使它们分离了。请撤消该操作（编辑 > 撤消）或将行移回原处，然后再次更新。如需按其他顺序查看行，请使用过滤视图。',
    },
  };
}
