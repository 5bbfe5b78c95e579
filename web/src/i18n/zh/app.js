// 所有页面共用的中文字符串。
export default {
  'app.title': 'Descent 梯度下降实验室',
  'app.tagline': '梯度下降与反向传播，实时可见',
  'app.language': '语言',
  'app.loading': '正在加载数值计算核心…',
  'app.loadFailed': '无法加载数值计算核心：{message}',
  'lab.valley': '山谷',
  'app.pageTitle': '{lab} — Descent 梯度下降实验室',
  'app.description':
    '实时观察梯度下降与反向传播：优化器在损失山谷中赛跑，回归、分类，' +
    '以及在浏览器中训练的神经网络。',
  'app.loadFailedHint': '请检查网络连接，然后重新加载页面。',
};
