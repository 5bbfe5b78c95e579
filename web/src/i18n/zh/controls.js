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
};
