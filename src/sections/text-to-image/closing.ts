/**
 * Content of the text-to-image section's closing parts: the self-check
 * questions, the "what to report" list and the references.
 */

import { letteredQuestion, type SelfCheckQuestion } from '../../widgets/selfCheck';
import type { Reference } from '../../widgets/references';

/** The self-check questions (3-4). */
export const QUESTIONS: SelfCheckQuestion[] = [
  letteredQuestion({
    id: 'order',
    prompt:
      'A generator drew an astronaut riding a horse for the prompt “a horse riding an astronaut”. Its CLIPScore is as high as for the right picture. Why?',
    choices: [
      'CLIPScore compares the picture with real photographs',
      'The image and text embeddings keep which things are named much more than who does what to whom',
      'CLIPScore is computed before the picture is drawn',
      'The weight w = 2.5 rounds small differences away',
    ],
    answer: 1,
    explanation:
      'Both prompts name a horse and an astronaut. CLIP-like embeddings behave much like bags of words (Yuksekgonul et al. 2023), so the roles barely change the cosine.',
  }),
  letteredQuestion({
    id: 'fid-vs-clip',
    prompt:
      'Generator X has the lowest FID of four, and the lowest CLIPScore. What is the most likely description?',
    choices: [
      'Its pictures are unrealistic but follow the prompt',
      'It is the best of the four',
      'Its pictures look real but often show the wrong things',
      'It has collapsed onto one picture',
    ],
    answer: 2,
    explanation:
      'FID compares the distribution of pictures with real ones and never reads the prompt. A low CLIPScore says the pictures do not match their prompts.',
  }),
  letteredQuestion({
    id: 'counting',
    prompt: 'You want to know whether a model draws the right number of objects. Which evaluation fits best?',
    choices: [
      'FID on 30,000 pictures',
      'Mean CLIPScore over the prompts',
      'Inception Score',
      'A counting test: detect and count the objects in each picture, or ask people to',
    ],
    answer: 3,
    explanation:
      'CLIPScore hardly changes between three and five cats, and FID never reads the prompt. Object-focused tests such as GenEval count detected objects; human raters also can.',
  }),
];

/** What to report for a text-to-image model. */
export const WHAT_TO_REPORT: string[] = [
  'FID for realism, with the number of pictures, the reference set, the image size and the feature network, since all of them change it.',
  'CLIPScore for alignment, naming the CLIP model, the prompt set and w (2.5 in the original paper).',
  'A compositional test for counts, colours bound to objects and positions (T2I-CompBench, GenEval or DrawBench categories), per category.',
  'Human ratings of alignment and quality, with the number of raters, prompts and the exact question asked.',
  'Failure examples per category, not only averages.',
];

/** Hessel 2021, Radford 2021, Saharia 2022, Yuksekgonul 2023, Thrush 2022, Huang 2023, Ghosh 2023, Marcus 2022. */
export const REFERENCES: Reference[] = [
  {
    authors: ['Jack Hessel', 'Ari Holtzman', 'Maxwell Forbes', 'Ronan Le Bras', 'Yejin Choi'],
    title: 'CLIPScore: A Reference-free Evaluation Metric for Image Captioning',
    venue: 'Conference on Empirical Methods in Natural Language Processing (EMNLP)',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.08718',
  },
  {
    authors: [
      'Alec Radford',
      'Jong Wook Kim',
      'Chris Hallacy',
      'Aditya Ramesh',
      'Gabriel Goh',
      'Sandhini Agarwal',
      'Girish Sastry',
      'Amanda Askell',
      'Pamela Mishkin',
      'Jack Clark',
      'Gretchen Krueger',
      'Ilya Sutskever',
    ],
    title: 'Learning Transferable Visual Models From Natural Language Supervision (CLIP)',
    venue: 'International Conference on Machine Learning (ICML)',
    year: 2021,
    url: 'https://arxiv.org/abs/2103.00020',
  },
  {
    authors: [
      'Chitwan Saharia',
      'William Chan',
      'Saurabh Saxena',
      'Lala Li',
      'Jay Whang',
      'Emily Denton',
      'Seyed Kamyar Seyed Ghasemipour',
      'Burcu Karagol Ayan',
      'S. Sara Mahdavi',
      'Raphael Gontijo Lopes',
      'Tim Salimans',
      'Jonathan Ho',
      'David J. Fleet',
      'Mohammad Norouzi',
    ],
    title:
      'Photorealistic Text-to-Image Diffusion Models with Deep Language Understanding (Imagen, DrawBench)',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS)',
    year: 2022,
    url: 'https://arxiv.org/abs/2205.11487',
  },
  {
    authors: ['Mert Yuksekgonul', 'Federico Bianchi', 'Pratyusha Kalluri', 'Dan Jurafsky', 'James Zou'],
    title: 'When and Why Vision-Language Models Behave like Bags-of-Words, and What to Do About It?',
    venue: 'International Conference on Learning Representations (ICLR)',
    year: 2023,
    url: 'https://arxiv.org/abs/2210.01936',
  },
  {
    authors: [
      'Tristan Thrush',
      'Ryan Jiang',
      'Max Bartolo',
      'Amanpreet Singh',
      'Adina Williams',
      'Douwe Kiela',
      'Candace Ross',
    ],
    title: 'Winoground: Probing Vision and Language Models for Visio-Linguistic Compositionality',
    venue: 'IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
    year: 2022,
    url: 'https://arxiv.org/abs/2204.03162',
  },
  {
    authors: ['Kaiyi Huang', 'Kaiyue Sun', 'Enze Xie', 'Zhenguo Li', 'Xihui Liu'],
    title: 'T2I-CompBench: A Comprehensive Benchmark for Open-world Compositional Text-to-image Generation',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS), Datasets and Benchmarks',
    year: 2023,
    url: 'https://arxiv.org/abs/2307.06350',
  },
  {
    authors: ['Dhruba Ghosh', 'Hannaneh Hajishirzi', 'Ludwig Schmidt'],
    title: 'GenEval: An Object-Focused Framework for Evaluating Text-to-Image Alignment',
    venue: 'Advances in Neural Information Processing Systems (NeurIPS), Datasets and Benchmarks',
    year: 2023,
    url: 'https://arxiv.org/abs/2310.11513',
  },
  {
    authors: ['Gary Marcus', 'Ernest Davis', 'Scott Aaronson'],
    title: 'A very preliminary analysis of DALL-E 2',
    venue: 'arXiv preprint 2204.13807',
    year: 2022,
    url: 'https://arxiv.org/abs/2204.13807',
  },
];
