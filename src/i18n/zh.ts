/**
 * Interface text in Chinese: every word the site shows that is not a chapter or
 * a figure. en.ts has the same shape (typed as Strings), so a key missing in
 * either language fails `astro check`. Functions take already formatted figures.
 */
export const zh = {
  /** The value of <html lang>. */
  htmlLang: 'zh-CN',
  /** This language's own name, on the language switcher of the other languages' pages. */
  languageName: '中文',
  /** Switcher label for screen readers and tooltips. */
  switchTo: '阅读本页的中文版',
  skipLink: '跳到正文',
  editionLabel: (edition: string) => `${edition}年版`,
  /** Titles: "序章·十年｜金水十年". */
  pageTitle: (page: string, site: string) => `${page}｜${site}`,
  chapterTitle: (kicker: string, title: string) => `${kicker}·${title}`,
  /**
   * A chapter's <title>: a headline that stands alone where only the title is shown
   * (WeChat reads <title>, not og:*): the site's name, which names the place, then the chapter.
   */
  storyTitle: (site: string, title: string) => `${site}｜${title}`,
  /** Periods as the data module writes them (src/model/format.ts): never a year the source does not give. */
  period: {
    /** Shown where the source gives no year. */
    notStated: '原文未注明年份',
    /** The source's own time word with the not-stated note. */
    saysNotStated: (says: string) => `${says}（原文未注明年份）`,
    /** A short axis label when nothing is stated. */
    yearUnknown: '年份不详',
    /** A stated period in a sentence. */
    inSentence: (period: string) => `${period}年`,
  },
  /** The chapter's share image and poster (src/views/share). */
  share: {
    /**
     * Whether share cards draw Latin letters and punctuation from a Latin font before the
     * CJK one: a CJK font draws quotation marks full-width, right for Chinese, wrong for English.
     */
    latinFontFirst: false,
    /** The link under the chapter heading that opens the poster. */
    poster: '分享海报',
    /** Beside the poster's QR code. */
    scanToRead: '扫码阅读本章',
    /** og:image:alt: what the link-preview image says (the figures already joined by figureSeparator). */
    imageAlt: (site: string, title: string, figures: string) => `${site}｜${title}${figures ? `：${figures}` : ''}`,
    /** Between the figures in imageAlt. */
    figureSeparator: '；',
    /** A figure on a card: what it measures, and its period. */
    figureLabel: (label: string, period: string) => `${label}（${period}）`,
  },
  /** Shown on every page of a draft edition, which only `npm run dev` serves. */
  draft: {
    banner: (edition: string) =>
      `草稿：${edition}年版尚未发布，部分数字尚未按新原文核对。只有本地预览（npm run dev）显示草稿，正式构建不含本版。`,
  },
  /** On every page of an edition that is not the newest: where the newest one is. */
  newer: {
    banner: (newest: string) => `本版不是最新版本：${newest}年版已经发布。`,
    sameChapter: '阅读新版的这一章',
    start: '阅读新版',
  },
  /** The archive of every published edition (/editions/). */
  archive: {
    title: '各年版本',
    description: (site: string) => `《${site}》每一个已发布的版本：发布日期、数据截至年份、语言和更新记录`,
    lead: '每个版本都保留在自己的地址上，不会被新版覆盖。',
    newest: '最新版本',
    published: '发布日期',
    vintage: '数据截至',
    languages: '语言',
    changelog: '更新记录',
    changes: (older: string) => `与${older}年版相比的变化`,
    all: '全部版本',
  },
  /** The computed "what changed" page of an edition after the first (/<edition>/<lang>/changes/). */
  changes: {
    title: (edition: string, older: string) => `${edition}年版与${older}年版相比的变化`,
    description: '按数据编号逐项比较两版的全部数字：新增、删除和修订',
    lead: '本页由两版的数据文件自动比较生成，没有人工撰写。',
    added: (n: number) => `新增的数字（${n}个）`,
    removed: (n: number) => `删除的数字（${n}个）`,
    revised: (n: number) => `修订的数字（${n}个）`,
    chaptersAdded: (n: number) => `新增的章节（${n}个）`,
    chaptersRemoved: (n: number) => `删除的章节（${n}个）`,
    none: '没有。',
    label: '指标',
    before: (older: string) => `${older}年版`,
    after: (edition: string) => `${edition}年版`,
    unitChanged: '计量单位已改变，新旧数值不能直接比较。',
    whereIn: (edition: string) => `在${edition}年版中的位置：`,
    notShown: '只在数据表中',
  },
  footer: {
    credit: (publisher: string, title: string, date: string, byline: string) =>
      `本站的数字都来自${publisher}《${title}》（${date}），${byline}；本站另加的推算值、推断、编者注和术语解释都有标记，见《方法与说明》。`,
    vintage: (vintage: string, published: string) => `原文数据所及最晚为${vintage}年；本站发布本版于${published}。`,
  },
  /** The source's date in credits: as the source gives it, or that it gives none (and the year the site infers, marked as the site's). */
  sourceDate: {
    notStated: '原文未注明日期',
    inferred: (year: string) => `原文未注明日期，本站推断为${year}年`,
  },
  /** Reading settings (text size, contrast) and read-aloud, in the header and on every step. */
  reading: {
    settings: '阅读设置',
    textSize: '字号',
    textSizeStandard: '标准',
    textSizeLarge: '大',
    textSizeExtraLarge: '特大',
    highContrast: '高对比度',
    readChapter: '朗读本章',
    readStep: '朗读这一步',
    stopReading: '停止朗读',
  },
  nav: {
    chapters: '章节',
    position: (n: number, of: number) => `第${n}/${of}篇`,
    sources: '数据与出处',
    pager: '章节翻页',
    prev: '上一章：',
    next: '下一章：',
  },
  fig: {
    derived: '推算：',
    source: (publisher: string) => `${publisher}原文：`,
  },
  step: {
    copyLink: '复制这一步的链接',
    linkCopied: '已复制链接',
  },
  resume: {
    region: '继续阅读',
    youWereReading: '上次读到：',
    go: '继续阅读',
    restart: '从头开始',
  },
  chart: {
    source: '数据来源：',
    /** "正观新闻·郑州晚报《…》（2022）". */
    sourceName: (publisher: string, title: string, date: string) => `${publisher}《${title}》（${date}）`,
    derivedNote: '。带 * 的数值为推算值，算法见表。',
    details: '文字说明与数据表',
    /** Joins the per-state descriptions into the SVG's text alternative. */
    join: '',
  },
  table: {
    head: ['指标', '时期', '数值', '出处'] as [string, string, string, string],
    derived: '推算：',
  },
  sources: {
    title: '数据与出处',
    description: '本站每一个数字及其原文出处',
    kicker: '附录',
    deck: (total: number, derived: number) => `本版共有${total}个数字，其中${derived}个为推算值（标 *），其余都逐字引自原文。`,
    theSource: '原文',
    /** The source as cited on the sources page. */
    cite: (publisher: string, title: string, date: string, byline: string) => `${publisher}《${title}》（${date}）。${byline}。`,
    downloadText: '下载原文全文（TXT）',
    downloadCsv: '下载全部数据（CSV）',
    downloadJson: '下载全部数据（JSON）',
    groups: { prologue: '序章：十年', economy: '第一章：经济', governance: '第二章：治理', livelihood: '第三章：民生' } as Record<
      string,
      string
    >,
    derivedGroup: (name: string) => `${name}（推算值）`,
  },
  home: {
    contents: '目录',
    editions: '各年版本',
  },
  notFound: {
    title: '页面不存在',
    text: '这个地址没有内容。',
    home: '回到目录',
    or: '，或从',
    start: '序章',
    end: '开始阅读。',
  },
  /**
   * Whether this language's pages show the source's own Chinese beside a translated
   * name: a glossary term at its first use, the source's title. False for the source language.
   */
  showOriginal: false,
  /** Around the original: " (金水区)". */
  originalOpen: '（',
  originalClose: '）',
  /** Chart text that is not in the data: titles, notes, state titles. */
  charts: {
    'gdp-doubling': { title: '金水区地区生产总值（亿元）', moreThan: '▲ 原文为“突破”“超越”：实际值高于柱顶', doubled: '翻一番' },
    'share-of-zhengzhou': { title: (period: string) => `金水区占郑州全市的比重（${period}）` },
    'economy-scale': { title: '金水区经济规模' },
    'building-economy': { title: '楼宇经济：纳税楼宇与一项榜单名次' },
    'rank-climb': { title: '金水区在全国高质量发展百强区中的名次' },
    'tech-transactions': { title: (start: string, current: string) => `成交额：由${start}到${current}` },
    'innovation-multipliers': {
      title: '工程技术研究中心与科技型、高新技术企业：推算的起点*与增长后的数量',
    },
    'city-brain-records': { title: '已收集的信息（条）：原文写在城市大脑一段' },
    'grid-hierarchy': { title: '金水区基层治理网格与参与人员' },
    'jobs-income': { title: '新增就业与城镇居民人均可支配收入', growth: '增长' },
    'elderly-childcare': { title: '“一老一小”服务设施' },
    education: { title: '“家门口的学校”：投入、教学班与课后服务' },
  },
  /** The classroom kit: present view, handouts, teacher page, data page, offline note. Editorial text (questions, glossary) lives in content/. */
  classroom: {
    present: '投影模式',
    presentOf: (title: string) => `投影：${title}`,
    slideCounter: '步骤',
    prevSlide: '上一步',
    nextSlide: '下一步',
    fullscreen: '全屏（F）',
    jumpChapter: '跳到其他章节',
    backToReading: '回到阅读视图（同一步）',
    presentHelp: '翻页：← → 、PageUp/PageDown、空格；Home/End 到首尾；数字键跳到第几步；F 全屏。',
    handout: '讲义',
    handoutOf: (title: string) => `讲义：${title}`,
    handoutAll: '全文讲义（一页打印）',
    printHint: '用浏览器的“打印”（Ctrl+P）可打印或存为 PDF，纸张为 A4 纵向。',
    scanStep: '扫码看这一步',
    stepN: (n: number) => `第${n}步`,
    questions: '讨论题',
    glossary: '名词解释',
    glossaryNote: '以下释义是本站为教学写的一般性说明，不是原文数据，也不出自原文。',
    explanatory: '释义',
    teach: '教师页',
    teachTitle: '教师页：讨论题与名词解释',
    teachDeck: '每章的讨论题都围绕原文数字；数字与正文一样，悬停或点按可看原文出处。',
    classroomKit: '课堂工具',
    data: '数据表',
    dataTitle: '全部数据',
    dataDeck: (n: number, derived: number) =>
      `本版共有${n}个数字，其中${derived}个为推算值（标 *）。每一行都链接到出现这个数字的章节和步骤。`,
    filter: '筛选',
    filterPlaceholder: '输入关键词，如 GDP、企业、2021',
    sortBy: '点列标题排序',
    shown: (n: number, total: number) => `显示 ${n} / ${total} 行`,
    col: {
      id: '编号',
      label: '指标',
      written: '原文写法',
      value: '数值',
      unit: '单位',
      period: '时期',
      qualifier: '限定',
      quote: '原文 / 推算方法',
      where: '出现在',
    },
    derivedFrom: '推算：',
    download: { csv: '下载 CSV', json: '下载 JSON', xlsx: '下载 Excel（XLSX）' },
    figureRow: '在数据表中查看',
    /** Punctuation between a label and what follows, and between list items. */
    colon: '：',
    listSeparator: '、',
    countUnit: (unit: string, measure: string) => `${unit}（${measure}）`,
    /** What a qualifier of the source (突破, 超过, 约…) means, before the source's own word. */
    qualifierMeaning: { 'more-than': '超过', 'at-least': '不少于', about: '约', 'less-than': '不到' },
    offlineReady: '本版已保存在本机，断网时也能打开。',
    chapterLink: '章节',
  },
  /** Print margins: the page counter, as a CSS content value (print.css). */
  print: { pageCounter: '"第 " counter(page) " 页 / 共 " counter(pages) " 页"' },
};

export type Strings = typeof zh;
