/**
 * UI strings of the loss section (#/loss): figure titles, captions, control
 * labels, readout labels and the plots' accessible names. The prose stays
 * with the section's components.
 */
import { messages } from './messages';

/** Class names of the two-class examples (class 0, class 1). */
export const LOSS_CLASSES = ['cat', 'dog'] as const;

export const lossText = {
  section: {
    title: messages.sections.loss.title,
    summary: messages.sections.loss.summary,
  },
  drag: {
    title: 'Ten predictions, one threshold',
    caption:
      'Drag a dot (or use the arrow keys; Shift for 0.1) to change the predicted probability of “dog”.',
    example: (n: number, cls: string, p: string) => `example ${n}, true class ${cls}, p = ${p}`,
    rowLabel: (n: number, cls: string) => `${n} ${cls}`,
    axis: 'predicted probability of “dog”, p',
    threshold: 'Decision threshold',
    thresholdLine: (t: string) => `threshold ${t}`,
    lossHeader: 'loss',
    correct: 'right',
    wrong: 'wrong',
    drawing: (p: string, t: string, right: number) =>
      `Ten examples on a probability axis from 0 to 1, threshold ${t}; predicted probabilities of dog: ${p}; ${right} of 10 on the right side of the threshold`,
    loss: 'Mean cross-entropy (loss)',
    accuracy: 'Accuracy at the threshold',
    movesTitle: 'Your last moves',
    movesLabel: (n: number, loss: string, acc: string) =>
      `Plot of loss and accuracy over your last ${n} moves; now loss ${loss}, accuracy ${acc}`,
    movesX: 'move',
    movesY: 'value',
    movesLoss: 'loss',
    movesAccuracy: 'accuracy (dashed)',
    movesEmpty: 'Move a dot: each move adds a point to this plot.',
    spokenLoss:
      'Mean cross-entropy: the mean over the ten examples of minus the log of the probability given to the true class: ({l1} + {l2} + {l3} + {l4} + {l5} + {l6} + {l7} + {l8} + {l9} + {l10}) over 10 = {L}',
    spokenAccuracy: 'Accuracy: {right} examples on the right side of the threshold, over 10, = {acc}',
  },
  training: {
    title: 'Loss falls, accuracy stalls',
    caption:
      'Logistic regression learns a straight boundary between cats (circles) and dogs (squares). Filled shapes: training set; hollow shapes: validation set, three of which carry a wrong label. Press Play or Step.',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    epoch: 'Epoch',
    epochSlider: 'Epoch of training',
    epochValue: (e: number) => `epoch ${e}`,
    norm: 'Weight size ‖w‖',
    trainLoss: 'Training loss',
    valLoss: 'Validation loss',
    valAccuracy: 'Validation accuracy',
    lowest: (loss: string, epoch: number) => `Lowest validation loss so far: ${loss} at epoch ${epoch}`,
    points: (epoch: number, w: string) =>
      `Scatter of training and validation points of two classes with the model's boundary at epoch ${epoch}; weight size ${w}`,
    boundary: 'boundary p = 0.5',
    band: 'p = 0.1 and 0.9',
    lossPlot: (epoch: number, train: string, val: string) =>
      `Training and validation loss per epoch up to epoch ${epoch}: training ${train}, validation ${val}`,
    accPlot: (epoch: number, acc: string) => `Validation accuracy per epoch up to epoch ${epoch}: now ${acc}`,
    lossY: 'cross-entropy',
    accY: 'accuracy',
    x: 'epoch',
    trainLine: 'training (solid)',
    valLine: 'validation (dashed)',
    minMark: 'lowest',
    legendTrain: 'filled: training',
    legendVal: 'hollow: validation',
    legendCat: '● cat',
    legendDog: '■ dog',
  },
  leakage: {
    title: 'Overfitting and a leaked test set',
    caption:
      'A k-nearest-neighbour classifier labels a point by a vote of the k closest training points. Small k follows every training point (more capacity). Compare its accuracy on the training set and on a test set it never saw.',
    k: 'Neighbours k (fewer to the right)',
    kValue: (k: number) => `k = ${k}`,
    leak: 'Leak test examples into training',
    train: 'Training accuracy',
    test: 'Test accuracy',
    plot: (k: number, train: string, test: string, leak: boolean) =>
      `Training and test accuracy for k from 50 down to 1${leak ? ', test examples leaked into training' : ''}; at k = ${k}: training ${train}, test ${test}`,
    x: 'k (neighbours), capacity grows to the right',
    y: 'accuracy',
    trainLine: 'training (solid)',
    testLine: 'test (dashed)',
    note: 'With the test examples in the training set, every test point finds itself as its own nearest neighbour: the test score measures memory, not generalisation.',
  },
} as const;
