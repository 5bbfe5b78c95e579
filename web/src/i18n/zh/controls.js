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
