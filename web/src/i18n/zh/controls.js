// 各实验共用的控件（web/src/labs/shared/lab-controls.js）：
// 运行与文件按钮，以及唯一一套导入提示。
export default {
  'run.play': '运行',
  'run.pause': '暂停',
  'run.step': '单步',
  'run.reset': '重置',
  'files.exportScenario': '导出场景',
  'files.importScenario': '导入场景',
  'files.exportPng': '导出 PNG',
  'files.exportCsv': '导出 CSV',
  'files.imported': '场景已载入。',
  'files.importFailed': '导入被拒绝，当前内容保持不变：{message}',
  'files.initialLength': '"initial" 有 {count} 个数，而此模型有 {expected} 个权重。',
  'files.badInitial': '"initial" 必须是有限数值的列表（初始权重）。',
  // 导入的数据太长、链接放不下时的保存（shared/kept-data.js、stored-data.js）。
  'data.readFailed': '无法读取文件，当前数据保持不变：{message}',
  'data.csvTooLong':
    'CSV 文件未载入，当前数据保持不变：它有 {length} 个字符，而 CSV 文件最多 {max} 个字符' +
    '（100,000 行、每行 64 个数）。',
  'data.keptHere':
    '导入的数据太长，链接放不下：本浏览器已保存它们，重新载入时会恢复，但链接不会把它们带到' +
    '另一台机器。要分享，请导出场景。',
  'data.notKept':
    '导入的数据（{length} 个字符）太长，链接放不下，也无法保存在本浏览器中（{reason}）：' +
    '重新载入或打开链接都会丢失它们。请导出场景以保留它们。',
  'data.storage.unavailable': '浏览器存储不可用',
  'data.storage.full': '浏览器存储已满',
  // 读取链接时所做的更改（shared/link-corrections.js），载入时显示一次。
  'link.corrected': '链接中的 {name} {value} {reason}；改用 {now}。',
  'link.missingData':
    '链接中的 {name} 指向保存在另一个浏览器中的导入数据，本浏览器中没有：请重新导入该文件。',
  'link.more': '（另有 {count} 处更改。）',
  'link.reason.number': '不是有限数',
  'link.reason.integer': '不是整数',
  'link.reason.boolean': '不是 true 或 false',
  'link.reason.range': '超出 {range}',
  'link.reason.choice': '不是以下之一：{choices}',
  'link.reason.points': '超过 {count} 个点',
  'link.reason.entries': '超过 {count} 项',
  'data.pointsFull': '点集已满：最多 {max} 个点。点击一个点可将其移除。',
  'embed.button': '嵌入',
  'embed.title': '把本实验嵌入课程页面',
  'embed.intro': '把下面任一段代码粘贴到你的页面中。它们都按当前设置显示本实验。',
  'embed.iframe': 'iframe（由脚本自动调整高度）',
  'embed.element': '单个元素',
  'embed.copy': '复制',
  'embed.copied': '已复制。',
  'embed.copyFailed': '浏览器阻止了复制：文本已选中，请按 Ctrl+C（⌘C）。',
  'embed.docs': '用脚本控制实验（播放、单步、代价事件）：见 docs/embedding.md。',
  'embed.close': '关闭',
  'embed.openFull': '在新页面打开 ↗',
  // hide= and lock= (a class trims the lab), and exports when the embedding page blocks downloads
  'trim.locked': '已被课程锁定',
  'trim.lockedChange': '“{name}”已被课程锁定，不能在此更改。',
  'trim.unknown': 'hide= 或 lock= 中有未知名称：{names}。本实验的名称列于 docs/parameters.md。',
  'download.blocked': '嵌入本实验的页面禁止了下载。请在新标签页中打开 {file}，或复制其内容。',
  'download.blockedBinary': '嵌入本实验的页面禁止了下载。请在新标签页中打开 {file} 并保存。',
  'download.open': '在新标签页中打开',
  'download.copy': '复制到剪贴板',
  'download.close': '关闭',
  'download.copied': '已将 {file} 复制到剪贴板。',
  'download.copyFailed': '浏览器拒绝了复制（{message}）；请选中文本后手动复制。',
  'download.openFailed': '嵌入页面也禁止打开新标签页：请在实验自己的页面中保存 {file}。',
  'download.maybeBlocked':
    '如果 {file} 没有保存，说明嵌入本实验的页面禁止了下载：可在此打开或复制它。',
};
